"""Role-play scenarios and the partner who answers the user.

The scenario files and persona cards live in persona.py, the partner's dialogue state and
reply policy in partner.py; this module keeps the names other modules import.
"""

from __future__ import annotations

from voicecoach.coaching.partner import Partner, Reply, ReplyKind, UserLine
from voicecoach.coaching.persona import (
    Scenario,
    find_scenarios,
    list_scenarios,
    load_scenario,
    scenarios_dir,
)

__all__ = ["Partner", "Reply", "ReplyKind", "Scenario", "UserLine", "find_scenarios",
           "list_scenarios", "load_scenario", "scenarios_dir"]
