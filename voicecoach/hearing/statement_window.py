"""How long a finished statement waits before the partner answers it, learned from the
speaker as the session goes.

A finished statement ("I work in marketing.") is often not the end of a turn: people go on
after one ("Hi, I'm Sam. | How do you know the host?"), so at first the partner waits
`statement_s` (0.55 s) before answering one. Most speakers, most of the time, do stop there,
and to them that wait is a slow partner. So the window learns, in the way LiveKit's dynamic
endpointing moves its minimum delay:

- once `trust_after` statement turns have stood (the speaker did **not** go on after them),
  each further one brings it `step_s` nearer `fast_s`: one turn is too little to go on (the
  demo's speaker stops after "Nice to meet you", then pauses 0.45 s inside "I work with Sam at
  the library. | And how do you know the host?");
- a pause after a finished-looking statement that the speaker **went on** after (inside the
  turn, or after the partner had begun to answer) sets a floor: the window stays at least
  `margin_s` above the longest such pause;
- going on after the partner had begun sends it straight back to `statement_s`.

It never rises above `statement_s`, so no speaker waits longer than before. A speaker who
pauses between sentences is cut by it only at a pause longer than any it has seen them go on
after, and only once it has come down (the partner stops within 250 ms, the turn is joined,
`speech_resume`, and the window goes back up). All values are in seconds of real silence,
patience applied; the numbers and their reasons are in `prompts/turn_end.toml`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["StatementWindow"]


@dataclass
class StatementWindow:
    """The silence after a finished statement that ends a turn, for this speaker, now."""

    slow_s: float  # the window before the speaker has shown anything, and the most it ever is
    fast_s: float  # the least it ever is
    step_s: float  # how far one statement turn that stood brings it down
    margin_s: float  # kept above the longest pause the speaker went on after
    trust_after: int = 2  # statement turns that must stand before it comes down at all
    seconds: float = -1.0  # the window now (set from `slow_s`)
    floor_s: float = 0.0  # margin_s above the longest pause the speaker went on after
    stood_turns: int = 0

    def __post_init__(self) -> None:
        self.fast_s = min(self.fast_s, self.slow_s)
        self.floor_s = max(self.floor_s, self.fast_s)
        if self.seconds < 0:
            self.seconds = self.slow_s

    def stood(self) -> None:
        """A turn this window ended was the whole turn: the speaker did not go on."""
        self.stood_turns += 1
        if self.stood_turns >= self.trust_after:
            self.seconds = max(self.floor_s, self.seconds - self.step_s)

    def went_on(self, pause_s: float, after_answer: bool = False) -> None:
        """The speaker went on after `pause_s` of silence that followed a finished-looking
        statement; `after_answer`: the partner had already begun to answer it."""
        self.floor_s = min(self.slow_s, max(self.floor_s, pause_s + self.margin_s))
        self.seconds = self.slow_s if after_answer else max(self.seconds, self.floor_s)
