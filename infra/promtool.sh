#!/usr/bin/env bash
# Install promtool, idempotently, and verify that it runs:
#   promtool -> <work>/bin/promtool   (only the binary, taken from Debian's prometheus package)
# `apt-get download` fetches the .deb without installing it (no Prometheus server, no service);
# `dpkg-deb -x` unpacks it into a temporary directory and only usr/bin/promtool is kept.
# Used by tests/integration/test_observability.py. Env: WENDU_WORK_DIR (<repo>/.work).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PROMTOOL="$BIN_DIR/promtool"
mkdir -p "$BIN_DIR"

if [ -x "$PROMTOOL" ] && "$PROMTOOL" --version > /dev/null 2>&1; then
  log "promtool already in $BIN_DIR"
else
  command -v apt-get > /dev/null || die "apt-get is required to fetch Debian's prometheus package"
  command -v dpkg-deb > /dev/null || die "dpkg-deb is required to unpack Debian's prometheus package"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  chmod 0777 "$tmp"  # apt's download sandbox user (_apt) writes the .deb here
  # The package lists are refreshed only when apt does not know the package (a fresh machine).
  # (The output is captured first: `grep -q` closing the pipe early would fail it under pipefail.)
  policy="$(apt-cache policy prometheus 2>/dev/null || true)"
  if ! grep -qE '^[[:space:]]+Candidate:[[:space:]]+[0-9]' <<< "$policy"; then
    [ "$(id -u)" = 0 ] || die "apt does not know the prometheus package; run 'apt-get update' as root"
    log "refreshing the apt package lists ..."
    apt-get update -qq
  fi
  log "downloading Debian's prometheus package (for its promtool binary) ..."
  (cd "$tmp" && apt-get download -qq prometheus) || die "apt-get download prometheus failed"
  deb="$(find "$tmp" -maxdepth 1 -name 'prometheus_*.deb' | head -1)"
  [ -n "$deb" ] || die "apt-get download produced no prometheus_*.deb"
  dpkg-deb -x "$deb" "$tmp/root"
  [ -x "$tmp/root/usr/bin/promtool" ] || die "$(basename "$deb") holds no usr/bin/promtool"
  install -m 0755 "$tmp/root/usr/bin/promtool" "$PROMTOOL.tmp"
  mv -f "$PROMTOOL.tmp" "$PROMTOOL"
  log "installed promtool from $(basename "$deb")"
fi

"$PROMTOOL" --version > /dev/null 2>&1 || die "promtool does not run"
log "promtool ok: $("$PROMTOOL" --version 2>&1 | head -1)"
printf 'promtool: %s\n' "$PROMTOOL"
