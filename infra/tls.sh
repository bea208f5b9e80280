#!/usr/bin/env bash
# A local certificate authority for development and tests, with openssl, under the work dir
# (never in the repository):
#   infra/tls.sh [NAME ...]   ensure <work>/tls/ca.pem (+ ca.key) and, per NAME, <work>/tls/NAME.pem
#                             (certificate), NAME.key (PKCS#8 key) and NAME-bundle.pem (key + cert,
#                             the PEM keystore Kafka reads), valid for localhost and 127.0.0.1.
# Prints the directory. Idempotent: existing files are kept. Both server and client usage, so a
# service's certificate also serves mutual TLS between services.
# Env: WENDU_WORK_DIR (<repo>/.work), WENDU_TLS_DIR (<work>/tls).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

command -v openssl >/dev/null 2>&1 || die "'openssl' is required but not on PATH"
TLS_DIR="${WENDU_TLS_DIR:-$WORK_DIR/tls}"
mkdir -p "$TLS_DIR"
chmod 700 "$TLS_DIR"

if [ ! -s "$TLS_DIR/ca.pem" ] || [ ! -s "$TLS_DIR/ca.key" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 825 -subj "/CN=Wendu local CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$TLS_DIR/ca.key" -out "$TLS_DIR/ca.pem" 2>/dev/null
  chmod 600 "$TLS_DIR/ca.key"
  log "generated a local CA: $TLS_DIR/ca.pem"
fi

for name in "$@"; do
  [[ "$name" =~ ^[a-z0-9][a-z0-9-]*$ ]] || die "certificate name must match [a-z0-9][a-z0-9-]*, got $name"
  [ -s "$TLS_DIR/$name.pem" ] && [ -s "$TLS_DIR/$name.key" ] && [ -s "$TLS_DIR/$name-bundle.pem" ] && continue
  ext="$(mktemp)"
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1,DNS:%s\nextendedKeyUsage=serverAuth,clientAuth\nbasicConstraints=CA:FALSE\n' \
    "$name" > "$ext"
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$name" -keyout "$TLS_DIR/$name.key.tmp" \
    -out "$TLS_DIR/$name.csr" 2>/dev/null
  openssl pkcs8 -topk8 -nocrypt -in "$TLS_DIR/$name.key.tmp" -out "$TLS_DIR/$name.key"
  openssl x509 -req -in "$TLS_DIR/$name.csr" -CA "$TLS_DIR/ca.pem" -CAkey "$TLS_DIR/ca.key" \
    -CAcreateserial -days 825 -sha256 -extfile "$ext" -out "$TLS_DIR/$name.pem" 2>/dev/null
  cat "$TLS_DIR/$name.key" "$TLS_DIR/$name.pem" > "$TLS_DIR/$name-bundle.pem"
  chmod 600 "$TLS_DIR/$name.key" "$TLS_DIR/$name-bundle.pem"
  rm -f "$ext" "$TLS_DIR/$name.csr" "$TLS_DIR/$name.key.tmp"
  log "issued $TLS_DIR/$name.pem (localhost, 127.0.0.1)"
done
printf '%s\n' "$TLS_DIR"
