"""The attributes every part of the partner shares, declared for the type checker: `Partner`
sets them in `__init__` (core.py), and its mixins read and change them."""

from __future__ import annotations

import random
import re

from voicecoach.coaching.partner.state import _Memory
from voicecoach.coaching.partner.wording import PartnerWording
from voicecoach.coaching.persona import Persona, Scenario
from voicecoach.understanding.topics import Topic, TopicFinder


class _PartnerBase:
    """The partner's instance attributes (annotations only; no behaviour)."""

    scenario: Scenario
    seed: int | None
    _rng: random.Random
    persona: Persona
    _topics: TopicFinder
    _wording: PartnerWording
    _keywords: dict[Topic, frozenset[str]]
    _scenery: frozenset[str]  # the stems of the scene's own words ("pottery", "wheel")
    _told_keywords: dict[Topic, frozenset[str]]
    _place_asked: re.Pattern[str]
    _scene_roots: set[str]
    _names: frozenset[str]
    _order: list[Topic]
    _decks: dict[str, list[str]]
    memory: _Memory
    _silence: dict[str, int]
    _holding_question: bool
