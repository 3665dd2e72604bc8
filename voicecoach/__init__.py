"""voicecoach: an offline voice companion for practising everyday conversation out loud."""

import os

# ONNX Runtime 1.29 and later (the Silero VAD and the meaning classifier run on it) send usage
# telemetry from Linux and keep a device id unless this is set before it starts: nothing of a
# voicecoach session may leave the machine. A user can still set it to 0 on purpose.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

from voicecoach._version import __version__

__all__ = ["__version__"]
