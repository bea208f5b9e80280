# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this file
# Shared settings and helpers for infra/up.sh, infra/down.sh and infra/tools.sh.
# Sourced, not run. Callers use `set -euo pipefail`.

INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_ROOT="$(git -C "$INFRA_DIR" rev-parse --show-toplevel 2>/dev/null || (cd "$INFRA_DIR/.." && pwd))"

# All runtime data, logs, pids, jars and binaries live here (never committed).
WORK_DIR="${WENDU_WORK_DIR:-$REPO_ROOT/.work}"
mkdir -p "$WORK_DIR"
WORK_DIR="$(cd "$WORK_DIR" && pwd)"
# Keep the folder out of git even without a top-level .gitignore entry.
[ -f "$WORK_DIR/.gitignore" ] || printf '*\n' > "$WORK_DIR/.gitignore"

# INFRA_INSTANCE=<name> runs a second, isolated instance (the fault tests' one): its data, logs,
# pid files and Kafka config live under <work>/instances/<name>, while the jars and the FerretDB
# binary are shared, so nothing is fetched or built again. Unset: the default instance, as before.
INFRA_INSTANCE="${INFRA_INSTANCE:-}"
STATE_DIR="$WORK_DIR"
if [ -n "$INFRA_INSTANCE" ]; then
  if [[ ! "$INFRA_INSTANCE" =~ ^[a-z0-9][a-z0-9-]*$ ]]; then
    printf '[infra] ERROR: INFRA_INSTANCE must match [a-z0-9][a-z0-9-]*, got %s\n' "$INFRA_INSTANCE" >&2
    exit 1
  fi
  # An instance never falls back to the default ports, which belong to the default instance.
  for var in KAFKA_PORT KAFKA_CONTROLLER_PORT MONGO_PORT; do
    if [ -z "${!var:-}" ]; then
      printf '[infra] ERROR: INFRA_INSTANCE=%s needs %s set explicitly\n' "$INFRA_INSTANCE" "$var" >&2
      exit 1
    fi
  done
  STATE_DIR="$WORK_DIR/instances/$INFRA_INSTANCE"
  mkdir -p "$STATE_DIR"
fi

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
MONGO_PORT="${MONGO_PORT:-27017}"

BIN_DIR="$WORK_DIR/bin"
PID_DIR="$STATE_DIR/pids"

KAFKA_DIR="$WORK_DIR/kafka"
KAFKA_LIBS="$KAFKA_DIR/libs"
# server.properties and cluster.id: per instance.
KAFKA_STATE_DIR="$STATE_DIR/kafka"
KAFKA_DATA="$KAFKA_STATE_DIR/data"
KAFKA_LOGS="$KAFKA_STATE_DIR/logs"
KAFKA_PID="$PID_DIR/kafka.pid"
# SCRAM users' passwords ("user=password"; wendu.cli.stack reads it) and the controller listener's.
KAFKA_CREDENTIALS="$KAFKA_STATE_DIR/credentials.env"
KAFKA_CONTROLLER_PASSWORD="$KAFKA_STATE_DIR/controller.password"

FERRET_DIR="$STATE_DIR/ferretdb"
FERRET_DATA="$FERRET_DIR/data"
FERRET_LOGS="$FERRET_DIR/logs"
FERRET_BIN="$BIN_DIR/ferretdb-runner"
FERRET_PID="$PID_DIR/ferretdb.pid"

# A string in each service's command line, so that a pid is only trusted (and
# only ever signalled) while it still names the process that up.sh started.
KAFKA_MARK="-Dwendu.infra.kafka=$STATE_DIR"
FERRET_MARK="$FERRET_BIN"
# Every instance runs the same binary: an instance's FerretDB is known by its data dir instead.
[ -z "$INFRA_INSTANCE" ] || FERRET_MARK="-sqlite-dir $FERRET_DATA"

export GOTOOLCHAIN=local

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

# pid_running PID: the process exists and is not a zombie (an orphan whose
# parent has not reaped it yet must count as stopped).
pid_running() {
  local state
  kill -0 "$1" 2>/dev/null || return 1
  state="$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$1/status" 2>/dev/null || true)"
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}

# pid_of PIDFILE MARK: prints the pid if the file names a live process whose
# command line contains MARK; returns 1 otherwise.
pid_of() {
  local pidfile="$1" mark="$2" pid
  [ -s "$pidfile" ] || return 1
  pid="$(tr -dc '0-9' < "$pidfile")"
  [ -n "$pid" ] || return 1
  pid_running "$pid" || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$mark " || return 1
  printf '%s\n' "$pid"
}

# port_open PORT: something accepts TCP connections on 127.0.0.1:PORT.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# pid_by_mark MARK COMM: pid of a live process named COMM whose command line
# contains MARK (used only when setsid had to fork and $! is not the service).
pid_by_mark() {
  local d
  for d in /proc/[0-9]*; do
    [ "$(cat "$d/comm" 2>/dev/null)" = "$2" ] || continue
    if tr '\0' ' ' < "$d/cmdline" 2>/dev/null | grep -qF -- "$1 "; then
      pid_running "${d#/proc/}" && { printf '%s\n' "${d#/proc/}"; return 0; }
    fi
  done
  return 1
}

probe() { python3 "$INFRA_DIR/lib/probe.py" "$@"; }

# newest_mtime FILE...: newest modification time (epoch seconds) of the files.
newest_mtime() { stat -c %Y "$@" | sort -n | tail -1; }
