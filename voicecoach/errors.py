"""Every error voicecoach raises for the user, in one hierarchy.

The command line turns each into one line on stderr that names the problem and the way out,
and exit status 2; nothing already recorded is lost.

    VoiceCoachError                 a problem the user can fix
    ├── AudioError                  audio that cannot be read, a device that cannot be opened
    │   ├── NoOutputDeviceError     no speakers (the lines are printed instead)
    │   ├── EchoCancellerError      no echo canceller (speakers mode falls back to the gate)
    │   └── MicrophoneLostError     the microphone went away mid-session
    ├── ModelError                  a speech model that is missing or cannot be loaded
    ├── PackError                   a pattern pack, scenario or script that cannot be loaded
    ├── ConfigError                 a settings file or command-line value that is not valid
    ├── StoreError                  the history cannot be read or written
    │   ├── StoreBusyError          another program holds it
    │   ├── StoreCorruptError       it is not a database, or is damaged
    │   └── UnknownSessionError     no session with that id
    └── ReportError                 the report page cannot be written
"""

from __future__ import annotations

__all__ = [
    "AudioError",
    "ConfigError",
    "EchoCancellerError",
    "MicrophoneLostError",
    "ModelError",
    "NoOutputDeviceError",
    "PackError",
    "ReportError",
    "StoreBusyError",
    "StoreCorruptError",
    "StoreError",
    "UnknownSessionError",
    "VoiceCoachError",
]


class VoiceCoachError(Exception):
    """A problem the user can fix; the message names it and says what to do."""


class AudioError(VoiceCoachError):
    """Audio that cannot be read or a device that cannot be opened."""


class NoOutputDeviceError(AudioError):
    """No output device to play the coach's voice on."""


class EchoCancellerError(AudioError):
    """The echo canceller's library cannot be loaded."""


class MicrophoneLostError(AudioError):
    """The microphone stopped delivering audio during a session; what was said is kept."""


class ModelError(VoiceCoachError):
    """A speech model that is missing or cannot be loaded."""


class PackError(VoiceCoachError):
    """A pattern pack in prompts/ (or a user's --pack folder) that cannot be loaded."""


class ConfigError(VoiceCoachError):
    """A settings file or command-line value that is not valid."""


class StoreError(VoiceCoachError):
    """The history cannot be read or written; the message says which file and why."""


class StoreBusyError(StoreError):
    """Another process holds the history's lock for too long."""


class StoreCorruptError(StoreError):
    """The history file is not a database, or is damaged."""


class UnknownSessionError(StoreError):
    """A session id that is not in the history."""


class ReportError(VoiceCoachError):
    """The report page cannot be written."""
