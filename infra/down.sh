#!/usr/bin/env bash
# Stop what infra/up.sh started, by the pids it recorded: SIGTERM, up to
# INFRA_STOP_TIMEOUT (20) seconds of grace, then SIGKILL. Safe when nothing runs.
#   --purge   also wipe the data (Kafka log dirs and cluster id, FerretDB SQLite files).
# Jars, binaries and logs stay in the work dir.
# Env: WENDU_WORK_DIR (<repo>/.work).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PURGE=0
for arg in "$@"; do
  case "$arg" in
    --purge) PURGE=1 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) die "unknown argument: $arg (use --purge)" ;;
  esac
done

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

stop FerretDB "$FERRET_PID" "$FERRET_MARK"
stop Kafka "$KAFKA_PID" "$KAFKA_MARK"

if [ "$PURGE" = 1 ]; then
  log "purging data: $KAFKA_DATA $KAFKA_DIR/cluster.id $FERRET_DATA"
  rm -rf "$KAFKA_DATA" "$KAFKA_DIR/cluster.id" "$KAFKA_DIR/server.properties" "$FERRET_DATA"
fi
log "down"
