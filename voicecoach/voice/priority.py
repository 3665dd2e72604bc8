"""Ask for real-time scheduling of the output stream's callback thread (ALSA only).

On a busy machine (a transcription on every core, or other programs) an ordinary thread can
wait hundreds of ms for a core; the device's buffer runs dry meanwhile. PortAudio's ALSA
backend can run its callback thread SCHED_FIFO, as audio programs do; it needs the right to
(root, an `rtprio` limit such as the `audio` group's, or CAP_SYS_NICE) and carries on at the
ordinary priority without it. Other host APIs have no such call, and theirs must not be
handed an ALSA stream's switch: the host API is checked first.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any

__all__ = ["ask_realtime"]


def ask_realtime(sd: Any, stream: Any, device: int | None) -> bool:
    """Before `stream.start()`: ask PortAudio to run its callback thread real-time. Whether
    it was asked (not whether the system granted it)."""
    try:
        index = device if device is not None else sd.default.device[1]
        if index is None or index < 0:
            index = sd.query_hostapis(0)["default_output_device"]
        hostapi = sd.query_hostapis(sd.query_devices(index)["hostapi"])
        if hostapi["name"] != "ALSA":
            return False
        name = ctypes.util.find_library("portaudio") or "libportaudio.so.2"
        enable = ctypes.CDLL(name).PaAlsa_EnableRealtimeScheduling
        enable.argtypes = [ctypes.c_void_p, ctypes.c_int]
        enable.restype = None
        enable(ctypes.c_void_p(int(sd._ffi.cast("uintptr_t", stream._ptr))), 1)
    except (OSError, AttributeError, TypeError, ValueError, KeyError, IndexError,
            sd.PortAudioError):
        return False  # an older sounddevice, another PortAudio: ordinary priority it is
    return True
