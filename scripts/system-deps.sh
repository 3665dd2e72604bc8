#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages voicecoach needs, when they are missing.
# As root it uses apt-get; otherwise sudo where that works without a password prompt;
# otherwise it prints the exact command to run and stops.
set -euo pipefail

packages=("$@")
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "voicecoach: not a Debian/Ubuntu system; install these yourself if needed: ${packages[*]}" >&2
  echo "voicecoach: (macOS and Windows need none of them: see the README)" >&2
  exit 0
fi

# Python with venv support: Debian splits venv out of python3.
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  packages+=(python3 python3-venv python3-dev)
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

command="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  echo "voicecoach: installing ${missing[*]}" >&2
  bash -c "$command"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  echo "voicecoach: installing ${missing[*]} with sudo" >&2
  sudo bash -c "$command"
else
  echo "voicecoach: these system packages are missing: ${missing[*]}" >&2
  echo "voicecoach: install them as root, then run make again:" >&2
  echo "  sudo bash -c '$command'" >&2
  exit 1
fi
