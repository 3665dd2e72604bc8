#!/usr/bin/env bash
# Starts a PulseAudio daemon with a null sink, so a machine with no sound card has a real
# playback device (the sink) and a real capture device (its monitor). Used by `make test`.
#
#   scripts/pulse-null-sink.sh [NAME ...]
#
# Each NAME is one more null sink, loaded beside the default one but not made the default
# (scripts/run-tests.sh gives each test phase a sink of its own).
set -euo pipefail

SINK=voicecoach_null

if ! pactl info >/dev/null 2>&1; then
  # As root PulseAudio warns that it is meant for a user session; a test daemon is fine.
  pulseaudio --daemonize=yes --exit-idle-time=-1 --disallow-exit --log-target=stderr \
    2>/dev/null || true
  for _ in $(seq 1 50); do
    pactl info >/dev/null 2>&1 && break
    sleep 0.1
  done
fi
if ! pactl info >/dev/null 2>&1; then
  echo "voicecoach: could not start PulseAudio; the device tests will fail" >&2
  exit 1
fi
for name in "$SINK" "$@"; do
  if ! pactl list short sinks | cut -f2 | grep -qx "$name"; then
    pactl load-module module-null-sink sink_name="$name" \
      sink_properties=device.description="$name" >/dev/null
  fi
done
pactl set-default-sink "$SINK"
pactl set-default-source "$SINK.monitor"
echo "voicecoach: PulseAudio is up with the null sink $SINK (monitor: $SINK.monitor)" >&2
