"""JSON on stdout, for scripts.

Apart from `voicecoach.terminal` (which re-exports it) so that a command printing only JSON,
such as `history --json`, does not import rich.
"""

from __future__ import annotations

import json
import sys
from typing import Any

__all__ = ["print_json"]


def print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    sys.stdout.flush()
