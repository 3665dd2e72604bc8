"""voicecoach: an offline voice companion for practising everyday conversation out loud."""

from voicecoach._version import __version__

__all__ = ["__version__"]
