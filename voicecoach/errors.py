"""One family of errors that the command line turns into one line and exit status 2."""


class VoiceCoachError(Exception):
    """A problem the user can fix; the message names it and says what to do."""


class AudioError(VoiceCoachError):
    """Audio that cannot be read or a device that cannot be opened."""


class ModelError(VoiceCoachError):
    """A speech model that is missing or cannot be loaded."""


class PackError(VoiceCoachError):
    """A pattern pack in prompts/ (or a user's --pack folder) that cannot be loaded."""


class ConfigError(VoiceCoachError):
    """A settings file or command-line value that is not valid."""
