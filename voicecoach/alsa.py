"""Keep ALSA's own messages off the user's terminal (Linux only; a no-op elsewhere)."""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any

__all__ = ["AlsaMessages", "route_alsa_messages"]


class AlsaMessages:
    """ALSA's library prints its complaints ("underrun occurred") straight onto stderr, where
    they push the live view down. A handler of our own counts them instead; each underrun
    also reaches the player's callback as a status flag, and is counted and logged there."""

    count = 0
    # Of them, xruns: alsa-lib's snd_pcm_recover says "underrun occurred" (PortAudio's ALSA
    # backend recovers through it). The rest ("Unknown PCM ...", as PortAudio lists the
    # devices) are not underruns.
    xruns = 0
    handler: Any = None  # kept alive for as long as ALSA may call it


def route_alsa_messages() -> None:
    if AlsaMessages.handler is not None:
        return
    try:
        asound = ctypes.CDLL(ctypes.util.find_library("asound") or "libasound.so.2")
    except OSError:
        return  # no ALSA (macOS, Windows): nothing prints there
    handler_type = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                                    ctypes.c_int, ctypes.c_char_p)

    def count(file: bytes, line: int, function: bytes, err: int, fmt: bytes) -> None:
        AlsaMessages.count += 1
        if function == b"snd_pcm_recover":
            AlsaMessages.xruns += 1

    AlsaMessages.handler = handler_type(count)
    asound.snd_lib_error_set_handler(AlsaMessages.handler)
