"""`voicecoach practice --text`: the role-play typed, one line a turn, with no audio at all."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any, TextIO

from voicecoach.analyze.feedback import move_lines
from voicecoach.coaching.coach import Coach
from voicecoach.coaching.norms import Norms
from voicecoach.coaching.textpractice import (
    TEXT_POLICIES,
    TextSession,
    save_text_session,
    text_figures,
)
from voicecoach.commands.common import load_settings
from voicecoach.commands.practice import make_partner
from voicecoach.errors import ConfigError, StoreError
from voicecoach.history.store import Store, resolve_data_dir
from voicecoach.terminal import notice, plural, print_json
from voicecoach.understanding.match import load_matcher
from voicecoach.understanding.voicecommands import CommandVocabulary

__all__ = ["run_text"]

AUDIO_ONLY = ("input", "realtime", "device", "speak_to", "events", "headphones", "voice",
              "rate", "volume", "output_device", "keep_audio", "model", "end_silence_ms")


def _typed_lines(stream: TextIO, prompt: bool, out: TextIO) -> Iterator[str]:
    """The user's lines: with a prompt on a terminal, else one line a turn until the end."""
    while True:
        if prompt:
            out.write("you> ")
            out.flush()
        line = stream.readline()
        if not line:
            return
        yield line.rstrip("\n")


def run_text(args: argparse.Namespace) -> int:
    used = [f"--{name.replace('_', '-')}" for name in AUDIO_ONLY
            if getattr(args, name, None) not in (None, False)]
    if used:
        raise ConfigError(f"{', '.join(used)} need audio; drop them with --text")
    config = load_settings(args)
    partner = make_partner(args, config, args.scenario)
    matcher = load_matcher(args.pack)
    for message in matcher.notices:
        notice(message)
    norms = Norms.load(None, config.sections.get("norms", {}))
    coach = Coach(norms, move_lines=move_lines(matcher.patterns), policies=TEXT_POLICIES)
    session = TextSession(partner.scenario, partner, matcher, coach, CommandVocabulary.load(),
                          nudges=not args.no_nudges)
    store = None if args.no_save else Store.open(resolve_data_dir(args.data_dir))
    started = datetime.now(timezone.utc)
    out = sys.stdout
    talk = not args.json  # with --json, stdout carries only the JSON
    name = partner.name
    if talk:
        if not args.quiet:
            out.write(f"{partner.scenario.scene}\n(Type your lines; \"stop\" or Ctrl-D ends, "
                      "an empty line is saying nothing.)\n\n")
        if session.opening:
            out.write(f"{name}: {session.opening}\n")
        out.flush()
    for text in _typed_lines(sys.stdin, talk and sys.stdin.isatty(), out):
        turn = session.turn(text)
        if talk:
            if turn.reply:
                out.write(f"{name}: {turn.reply}\n")
            if turn.tip:
                out.write(f"  (coach: {turn.tip})\n")
            out.flush()
        if session.ended or (args.turns is not None and len(session.turns) >= args.turns):
            break
    closing = session.closing()
    session_id: int | None = None
    if store is not None:
        try:
            session_id = save_text_session(store, session, started)
        except StoreError as error:
            notice(f"could not save the session to the history ({error})")
        finally:
            store.close()
    figures = text_figures(session.turns)
    if args.json:
        data: dict[str, Any] = {
            "mode": "text", "session_id": session_id, "scenario": partner.scenario.id,
            "persona": name, "seed": partner.seed, "opening": session.opening,
            "turns": [turn.as_dict() for turn in session.turns], "closing": closing,
            "figures": figures}
        print_json(data)
        return 0
    if closing:
        out.write(f"{name}: {closing}\n")
    if not args.quiet:
        asked = figures["questions_asked_back"]
        out.write(f"\n{plural(figures['turns'], 'turn')}; you asked "
                  f"{plural(asked, 'question')} back; {plural(figures['tips'], 'tip')}.\n")
        if session_id is not None:
            out.write(f"Saved as session {session_id} (mode: text).\n")
    return 0
