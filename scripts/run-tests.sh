#!/usr/bin/env bash
# The test suite in two phases that run side by side (`make check`), then a third:
#
# - the CPU phase: every test not marked realtime, on three workers (pytest-xdist), at a lower
#   priority (nice 10). It is bound by the CPU: the model, the analyses, the replays. A third
#   worker on two cores fills the time the others wait on a subprocess's start or on a file
#   (4:25 and 4:31 against 4:20-5:00 with two, 2026-12-04).
# - the real-time phase: the tests marked realtime (tests/conftest.py): those that use the sound
#   server, or whose outcome hangs on the wall clock, such as a replay paced to real time. They
#   are bound by the audio's own length and use about one core between them, so they run four
#   at a time, each worker with a null sink of its own, at normal priority: when one of them
#   needs the CPU it gets it at once, and the CPU phase takes what is left.
# - the tests marked alone, one after another once both have finished (about 80 s): a real
#   stream's echo canceller and the speakers' steady output, which the two phases' load on the
#   2 cores made fail now and then (1 run in 8, 2026-12-04).
#
# Each phase starts with a sink of its own as its default (a demo speaks through PortAudio; a
# test plays before its worker's sink is loaded), and nothing plays into the server's default
# sink: when a test's source vanishes, PulseAudio moves its recording to that default's
# monitor, which must stay silent (tests/test_faults.py). The CPU phase's output is printed as
# it goes; the real-time phase's is kept in a file and printed when both have finished.
set -uo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
CPU_SINK=voicecoach_cpu_phase
REALTIME_SINK=voicecoach_realtime_phase

# The sound server, with a sink for each phase. Where it cannot start, the script says so and
# the tests that need it skip, saying why; on CI it is a real part that must be there.
if ! scripts/pulse-null-sink.sh "$CPU_SINK" "$REALTIME_SINK" && [ -n "${CI:-}" ]; then
  exit 1
fi

realtime_log=$(mktemp -t voicecoach-realtime-tests.XXXXXX)
PULSE_SINK=$REALTIME_SINK PULSE_SOURCE=$REALTIME_SINK.monitor \
  "$PYTHON" -m pytest -n 4 --dist worksteal -m "realtime and not alone" --durations=15 \
  -p no:cacheprovider >"$realtime_log" 2>&1 &
realtime=$!

PULSE_SINK=$CPU_SINK PULSE_SOURCE=$CPU_SINK.monitor \
  nice -n 10 "$PYTHON" -m pytest -n 3 --dist worksteal -m "not realtime" --durations=15
cpu_status=$?

wait "$realtime"
realtime_status=$?
echo
echo "=== the real-time phase (tests marked realtime, four at a time) ==="
cat "$realtime_log"
rm -f "$realtime_log"

# Last, by themselves: the tests marked alone (tests/conftest.py), whose outcome hangs on the
# device's timing so closely that the other phases' load on the 2 cores could make them fail.
echo
echo "=== tests marked alone, one at a time ==="
PULSE_SINK=$REALTIME_SINK PULSE_SOURCE=$REALTIME_SINK.monitor \
  "$PYTHON" -m pytest -m alone -p no:cacheprovider
alone_status=$?

if [ "$cpu_status" -ne 0 ] || [ "$realtime_status" -ne 0 ] || [ "$alone_status" -ne 0 ]; then
  echo "voicecoach: tests failed (CPU phase: exit $cpu_status, real-time phase: exit" \
       "$realtime_status, alone: exit $alone_status)" >&2
  exit 1
fi
