"""voicecoach: an offline voice companion for practising everyday conversation out loud."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("voicecoach")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
