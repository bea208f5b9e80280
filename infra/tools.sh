#!/usr/bin/env bash
# Install the check tools, idempotently, and verify that each one runs:
#   grpcurl v1.9.3  -> <work>/bin/grpcurl   (go install, GOTOOLCHAIN=local)
#   kcat            -> from Debian apt      (needs root the first time)
# Env: WENDU_WORK_DIR (<repo>/.work).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

GRPCURL_VERSION=v1.9.3
mkdir -p "$BIN_DIR"

# grpcurl: skip when the binary was built from the pinned module version.
if [ -x "$BIN_DIR/grpcurl" ] && go version -m "$BIN_DIR/grpcurl" 2>/dev/null \
     | grep -qE "^[[:space:]]+mod[[:space:]]+github.com/fullstorydev/grpcurl[[:space:]]+$GRPCURL_VERSION([[:space:]]|$)"; then
  log "grpcurl $GRPCURL_VERSION already in $BIN_DIR"
else
  command -v go >/dev/null || die "go is required to install grpcurl"
  log "installing grpcurl $GRPCURL_VERSION into $BIN_DIR ..."
  GOBIN="$BIN_DIR" go install "github.com/fullstorydev/grpcurl/cmd/grpcurl@$GRPCURL_VERSION"
fi
# Built with `go install`, grpcurl prints "dev build <no version set>" for -version;
# the module version is checked with `go version -m` instead.
"$BIN_DIR/grpcurl" -version > /dev/null 2>&1 || die "grpcurl does not run"
go version -m "$BIN_DIR/grpcurl" | grep -qE "github.com/fullstorydev/grpcurl[[:space:]]+$GRPCURL_VERSION" \
  || die "$BIN_DIR/grpcurl is not $GRPCURL_VERSION"
log "grpcurl ok: $GRPCURL_VERSION ($("$BIN_DIR/grpcurl" -version 2>&1))"

# kcat: Debian package.
if ! command -v kcat >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || die "kcat is missing; install it as root: apt-get install -y kcat"
  log "installing kcat from apt ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kcat > /dev/null
fi
kcat -V > /dev/null 2>&1 || die "kcat does not run"
log "kcat ok: $(kcat -V 2>&1 | head -1)"

printf 'grpcurl: %s\nkcat:    %s\n' "$BIN_DIR/grpcurl" "$(command -v kcat)"
