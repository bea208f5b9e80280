#!/usr/bin/env bash
# Stop what infra/up.sh started, by the pids it recorded: SIGTERM, up to
# INFRA_STOP_TIMEOUT (20) seconds of grace, then SIGKILL. Safe when nothing runs.
#   --purge   also wipe the data (Kafka log dirs and cluster id, FerretDB SQLite files).
#   kafka | ferretdb   stop only that one (default: both); up.sh starts it again.
# Jars, binaries and logs stay in the work dir.
# Env: WENDU_WORK_DIR (<repo>/.work), INFRA_INSTANCE (+ its ports; see lib/common.sh).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PURGE=0
STOP_KAFKA=1
STOP_FERRET=1
only=()
for arg in "$@"; do
  case "$arg" in
    --purge) PURGE=1 ;;
    kafka|ferretdb) only+=("$arg") ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) die "unknown argument: $arg (use --purge, kafka, ferretdb)" ;;
  esac
done
if [ "${#only[@]}" -gt 0 ]; then
  STOP_KAFKA=0
  STOP_FERRET=0
  for name in "${only[@]}"; do
    if [ "$name" = kafka ]; then STOP_KAFKA=1; else STOP_FERRET=1; fi
  done
fi

STOP_TIMEOUT="${INFRA_STOP_TIMEOUT:-20}"

# stop NAME PIDFILE MARK
stop() {
  local name="$1" pidfile="$2" mark="$3" pid waited=0
  if ! pid="$(pid_of "$pidfile" "$mark")"; then
    [ -e "$pidfile" ] && log "$name: not running (removing stale $pidfile)"
    rm -f "$pidfile"
    return 0
  fi
  log "$name: stopping pid $pid (SIGTERM)"
  kill -TERM "$pid" 2>/dev/null || true
  while pid_running "$pid" && [ "$waited" -lt $((STOP_TIMEOUT * 4)) ]; do
    sleep 0.25
    waited=$((waited + 1))
  done
  if pid_running "$pid"; then
    log "$name: still running after ${STOP_TIMEOUT} s, SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do pid_running "$pid" || break; sleep 0.2; done
  fi
  pid_running "$pid" && die "$name: pid $pid did not stop"
  log "$name: stopped after $((waited / 4)) s"
  rm -f "$pidfile"
}

[ "$STOP_FERRET" = 0 ] || stop FerretDB "$FERRET_PID" "$FERRET_MARK"
[ "$STOP_KAFKA" = 0 ] || stop Kafka "$KAFKA_PID" "$KAFKA_MARK"

if [ "$PURGE" = 1 ]; then
  if [ "$STOP_KAFKA" = 1 ]; then
    log "purging Kafka data: $KAFKA_DATA $KAFKA_STATE_DIR/cluster.id"
    rm -rf "$KAFKA_DATA" "$KAFKA_STATE_DIR/cluster.id" "$KAFKA_STATE_DIR/server.properties" "$KAFKA_STATE_DIR/sasl.stamp"
  fi
  if [ "$STOP_FERRET" = 1 ]; then
    log "purging FerretDB data: $FERRET_DATA"
    rm -rf "$FERRET_DATA"
  fi
fi
log "down"
