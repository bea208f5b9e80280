#!/usr/bin/env bash
# Start the local services the tests need, and wait until they really answer:
#   Kafka 3.9.1, single node KRaft (broker+controller)  SASL/SCRAM-SHA-512 127.0.0.1:$KAFKA_PORT (9092)
#     with ACLs (StandardAuthorizer): one principal per service, its passwords generated into
#     <state>/kafka/credentials.env (never committed); KAFKA_TLS=1 adds TLS (SASL_SSL, infra/tls.sh CA)
#   FerretDB 1.24.2 (MongoDB wire, SQLite backend)      mongodb://127.0.0.1:$MONGO_PORT/ (27017)
# Fetches the Kafka jars and builds FerretDB first when needed. Idempotent: a
# service that is already running (pid file, live process, answering) is left alone.
#
# Env: KAFKA_PORT, KAFKA_CONTROLLER_PORT (9093), MONGO_PORT, WENDU_WORK_DIR (<repo>/.work),
#      INFRA_START_TIMEOUT (seconds, 90), JAVA (java), KAFKA_TLS (0; 1 = SASL_SSL), INFRA_INSTANCE (a second, isolated instance
#      on other ports: its own data, logs and pids, the same jars and binary; see lib/common.sh).
# Stop with infra/down.sh.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

START_TIMEOUT="${INFRA_START_TIMEOUT:-90}"
JAVA="${JAVA:-java}"
MAVEN_DEP_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

need() { command -v "$1" >/dev/null 2>&1 || die "'$1' is required but not on PATH"; }
need python3

# ---------------------------------------------------------------- fetch / build

kafka_stamp_want() { sha256sum "$INFRA_DIR/kafka/pom.xml" | cut -d' ' -f1; }

kafka_fetched() {
  [ -f "$KAFKA_DIR/libs.stamp" ] && [ "$(cat "$KAFKA_DIR/libs.stamp")" = "$(kafka_stamp_want)" ] \
    && compgen -G "$KAFKA_LIBS/kafka_2.13-*.jar" >/dev/null
}

fetch_kafka() {
  need mvn
  local tmp="$KAFKA_DIR/libs.tmp"
  rm -rf "$tmp"
  mkdir -p "$KAFKA_DIR"
  mvn -q -B -f "$INFRA_DIR/kafka/pom.xml" "$MAVEN_DEP_PLUGIN:copy-dependencies" \
    -DincludeScope=runtime -DoutputDirectory="$tmp"
  compgen -G "$tmp/kafka_2.13-*.jar" >/dev/null || die "maven did not produce kafka_2.13 jar in $tmp"
  rm -rf "$KAFKA_LIBS"
  mv "$tmp" "$KAFKA_LIBS"
  kafka_stamp_want > "$KAFKA_DIR/libs.stamp"
}

ferret_sources=("$INFRA_DIR"/ferretdb/*.go "$INFRA_DIR/ferretdb/go.mod" "$INFRA_DIR/ferretdb/go.sum")

ferret_built() {
  [ -x "$FERRET_BIN" ] && [ "$(stat -c %Y "$FERRET_BIN")" -ge "$(newest_mtime "${ferret_sources[@]}")" ]
}

build_ferretdb() {
  need go
  mkdir -p "$BIN_DIR"
  (cd "$INFRA_DIR/ferretdb" && go build -buildvcs=false -trimpath -o "$FERRET_BIN.tmp" .)
  mv -f "$FERRET_BIN.tmp" "$FERRET_BIN"
}

prepare() {
  local fetch_pid="" did=0 t0=$SECONDS
  mkdir -p "$KAFKA_LOGS"
  if ! kafka_fetched; then
    log "fetching Kafka jars with Maven into $KAFKA_LIBS (log: $KAFKA_LOGS/fetch.log) ..."
    ( fetch_kafka ) > "$KAFKA_LOGS/fetch.log" 2>&1 &
    fetch_pid=$!
    did=1
  fi
  if ! ferret_built; then
    log "building $FERRET_BIN (cold: ~2 min) ..."
    build_ferretdb
    did=1
  fi
  if [ -n "$fetch_pid" ]; then
    if ! wait "$fetch_pid"; then
      tail -n 40 "$KAFKA_LOGS/fetch.log" >&2 || true
      die "fetching the Kafka jars failed (log: $KAFKA_LOGS/fetch.log)"
    fi
    log "Kafka jars: $(find "$KAFKA_LIBS" -name '*.jar' | wc -l) in $KAFKA_LIBS"
  fi
  [ "$did" = 0 ] || log "fetch/build took $((SECONDS - t0)) s"
}

# ---------------------------------------------------------------- start

port_free_or_die() {
  local name="$1" port
  shift
  for port in "$@"; do
    if port_open "$port"; then
      die "$name: 127.0.0.1:$port is already in use by another process (not one started by up.sh for this work dir). Stop it or choose other ports (KAFKA_PORT, KAFKA_CONTROLLER_PORT, MONGO_PORT)."
    fi
  done
}

# start_service NAME PIDFILE MARK COMM LOGFILE CMD...: start CMD detached (own
# session, so a Ctrl-C or the caller's exit does not reach it), record its pid.
start_service() {
  local name="$1" pidfile="$2" mark="$3" comm="$4" logfile="$5" pid
  shift 5
  mkdir -p "$PID_DIR"
  printf '==== %s: infra/up.sh starting %s ====\n' "$(date '+%F %T')" "$name" >> "$logfile"
  ( exec setsid nohup "$@" >> "$logfile" 2>&1 < /dev/null ) &
  pid=$!
  # setsid only forks when the caller leads a process group (job control on);
  # then $! is not the service, so look it up by its command line.
  sleep 0.2
  if ! pid_running "$pid" || ! tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$mark "; then
    pid="$(pid_by_mark "$mark" "$comm" || true)"
  fi
  [ -n "$pid" ] || fail_start "$name exited at once (log: $logfile)" "$logfile"
  printf '%s\n' "$pid" > "$pidfile"
}

STARTED_KAFKA=0
STARTED_FERRET=0
KAFKA_TLS="${KAFKA_TLS:-0}"
KAFKA_USERS=(admin profile question-gen scoring feedback training insights)
KAFKA_PROBE_OPTIONS=(--sasl)
[ "$KAFKA_TLS" != 1 ] || KAFKA_PROBE_OPTIONS+=(--cafile "${WENDU_TLS_DIR:-$WORK_DIR/tls}/ca.pem")

# Passwords of the local broker's SCRAM users ("user=password" lines) and of the controller
# listener: generated once per instance, kept across restarts, readable by this user only.
ensure_kafka_credentials() {
  mkdir -p "$KAFKA_STATE_DIR"
  local user
  (umask 077
   [ -s "$KAFKA_CONTROLLER_PASSWORD" ] || python3 -c 'import secrets; print(secrets.token_hex(24))' > "$KAFKA_CONTROLLER_PASSWORD"
   touch "$KAFKA_CREDENTIALS"
   for user in "${KAFKA_USERS[@]}"; do
     grep -q "^$user=" "$KAFKA_CREDENTIALS" \
       || printf '%s=%s\n' "$user" "$(python3 -c 'import secrets; print(secrets.token_hex(24))')" >> "$KAFKA_CREDENTIALS"
   done)
}

kafka_password() { sed -n "s/^$1=//p" "$KAFKA_CREDENTIALS"; }

# Users, topics and ACLs (infra/kafka/acls.txt, generated from wendu.core.kafka_access), upserted
# as the admin user on every start of the broker: a few seconds, one JVM.
configure_kafka_security() {
  local ca=()
  [ "$KAFKA_TLS" != 1 ] || ca=("${WENDU_TLS_DIR:-$WORK_DIR/tls}/ca.pem")
  log "Kafka: SCRAM users, topics and ACLs (log: $KAFKA_LOGS/security.log)"
  "$JAVA" -Xmx128m -XX:TieredStopAtLevel=1 -Dlog4j.configuration="file:$INFRA_DIR/kafka/log4j.properties" \
    -Dkafka.logs.dir="$KAFKA_LOGS" -cp "$KAFKA_LIBS/*" "$INFRA_DIR/kafka/SecuritySetup.java" \
    "127.0.0.1:$KAFKA_PORT" "$KAFKA_CREDENTIALS" "$INFRA_DIR/kafka/acls.txt" "${ca[@]}" \
    > "$KAFKA_LOGS/security.log" 2>&1 \
    || fail_start "configuring Kafka's users and ACLs failed" "$KAFKA_LOGS/security.log"
  log "Kafka: $(tail -n 1 "$KAFKA_LOGS/security.log")"
}

start_kafka() {
  local pid
  if pid="$(pid_of "$KAFKA_PID" "$KAFKA_MARK")"; then
    log "Kafka already running (pid $pid)"
    return 0
  fi
  rm -f "$KAFKA_PID"
  port_free_or_die Kafka "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"
  need "$JAVA"
  mkdir -p "$KAFKA_DATA" "$KAFKA_LOGS"

  ensure_kafka_credentials
  local protocol=SASL_PLAINTEXT tls_settings=""
  rm -f "$KAFKA_STATE_DIR/tls-ca.pem"
  if [ "$KAFKA_TLS" = 1 ]; then
    local tls_dir
    tls_dir="$(bash "$INFRA_DIR/tls.sh" kafka)"
    protocol=SASL_SSL
    # Clients find the CA here (wendu.cli.stack.kafka_env): its presence says the listener is TLS.
    cp "$tls_dir/ca.pem" "$KAFKA_STATE_DIR/tls-ca.pem"
    tls_settings="listener.name.clients.ssl.keystore.type=PEM\\nlistener.name.clients.ssl.keystore.location=$tls_dir/kafka-bundle.pem\\nssl.truststore.type=PEM\\nssl.truststore.location=$tls_dir/ca.pem\\nlistener.name.clients.ssl.truststore.type=PEM\\nlistener.name.clients.ssl.truststore.location=$tls_dir/ca.pem"
  fi
  (umask 077
   sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
       -e "s|@KAFKA_CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
       -e "s|@KAFKA_DATA_DIR@|$KAFKA_DATA|g" \
       -e "s|@CLIENT_PROTOCOL@|$protocol|g" \
       -e "s|@TLS_SETTINGS@|$tls_settings|g" \
       -e "s|@ADMIN_PASSWORD@|$(kafka_password admin)|g" \
       -e "s|@CONTROLLER_PASSWORD@|$(cat "$KAFKA_CONTROLLER_PASSWORD")|g" \
       "$INFRA_DIR/kafka/server.properties.template" > "$KAFKA_STATE_DIR/server.properties")

  local jvm_common=(-Dkafka.logs.dir="$KAFKA_LOGS"
                    -Dlog4j.configuration="file:$INFRA_DIR/kafka/log4j.properties"
                    -cp "$KAFKA_LIBS/*")

  # A data dir formatted before SASL was on has no admin user, and so no way in.
  if [ -f "$KAFKA_DATA/meta.properties" ] && [ ! -f "$KAFKA_STATE_DIR/sasl.stamp" ]; then
    die "Kafka's data in $KAFKA_DATA predates SASL (no admin user): wipe it once with ${INFRA_INSTANCE:+INFRA_INSTANCE=$INFRA_INSTANCE KAFKA_PORT=$KAFKA_PORT KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT MONGO_PORT=$MONGO_PORT }$INFRA_DIR/down.sh --purge kafka"
  fi
  # Format the storage once (KRaft needs meta.properties; -g skips a formatted dir).
  if [ ! -f "$KAFKA_DATA/meta.properties" ]; then
    if [ ! -s "$KAFKA_STATE_DIR/cluster.id" ]; then
      # Same shape as kafka.tools.StorageTool random-uuid (22 chars base64url), without a JVM start.
      python3 -c 'import base64, uuid
while True:
    s = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
    if not s.startswith("-"):
        print(s)
        break' > "$KAFKA_STATE_DIR/cluster.id"
    fi
    log "formatting Kafka storage in $KAFKA_DATA (cluster id $(cat "$KAFKA_STATE_DIR/cluster.id"))"
    # The broker's own SCRAM user must exist before it starts (it authenticates to itself as admin);
    # the services' users are upserted after the start (configure_kafka_security), which also covers
    # a data dir formatted before SASL was on.
    "$JAVA" -Xmx256m -XX:TieredStopAtLevel=1 "${jvm_common[@]}" kafka.tools.StorageTool format -g \
      -t "$(cat "$KAFKA_STATE_DIR/cluster.id")" -c "$KAFKA_STATE_DIR/server.properties" \
      -S "SCRAM-SHA-512=[name=admin,password=$(kafka_password admin)]" > "$KAFKA_LOGS/format.log" 2>&1 \
      || { cat "$KAFKA_LOGS/format.log" >&2; die "formatting Kafka storage failed"; }
    touch "$KAFKA_STATE_DIR/sasl.stamp"
  fi

  log "starting Kafka on 127.0.0.1:$KAFKA_PORT (controller 127.0.0.1:$KAFKA_CONTROLLER_PORT)"
  printf '==== %s: infra/up.sh starting Kafka ====\n' "$(date '+%F %T')" >> "$KAFKA_LOGS/server.log"
  start_service Kafka "$KAFKA_PID" "$KAFKA_MARK" java "$KAFKA_LOGS/kafka.out" \
    "$JAVA" "$KAFKA_MARK" -Xms256m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Djava.awt.headless=true "${jvm_common[@]}" kafka.Kafka "$KAFKA_STATE_DIR/server.properties"
  STARTED_KAFKA=1
}

start_ferretdb() {
  local pid
  if pid="$(pid_of "$FERRET_PID" "$FERRET_MARK")"; then
    log "FerretDB already running (pid $pid)"
    # A rebuild replaces the binary but not a running server: say so rather than restart it
    # under tests that may be using it.
    if [ "$(readlink "/proc/$pid/exe" 2>/dev/null || true)" != "$(readlink -f "$FERRET_BIN")" ]; then
      local env="${INFRA_INSTANCE:+INFRA_INSTANCE=$INFRA_INSTANCE KAFKA_PORT=$KAFKA_PORT KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT MONGO_PORT=$MONGO_PORT }"
      log "WARNING: FerretDB pid $pid runs an older build than $FERRET_BIN; to pick the new one up: ${env}$INFRA_DIR/down.sh ferretdb && ${env}$INFRA_DIR/up.sh"
    fi
    return 0
  fi
  rm -f "$FERRET_PID"
  port_free_or_die FerretDB "$MONGO_PORT"
  mkdir -p "$FERRET_DATA" "$FERRET_LOGS"
  log "starting FerretDB on 127.0.0.1:$MONGO_PORT (SQLite in $FERRET_DATA)"
  start_service FerretDB "$FERRET_PID" "$FERRET_MARK" ferretdb-runner "$FERRET_LOGS/ferretdb.log" \
    "$FERRET_BIN" -listen-addr "127.0.0.1:$MONGO_PORT" -sqlite-dir "$FERRET_DATA"
  STARTED_FERRET=1
}

# ---------------------------------------------------------------- wait

fail_start() {
  local what="$1"
  shift
  local f
  for f in "$@"; do
    [ -f "$f" ] || continue
    printf '\n---- last lines of %s ----\n' "$f" >&2
    tail -n 40 "$f" >&2
  done
  # A service this run started but that never became ready is of no use: stop it.
  if [ "${INFRA_KEEP_ON_FAILURE:-0}" != 1 ]; then
    [ "$STARTED_KAFKA" = 1 ] && stop_pid "$KAFKA_PID" "$KAFKA_MARK"
    [ "$STARTED_FERRET" = 1 ] && stop_pid "$FERRET_PID" "$FERRET_MARK"
  fi
  die "$what"
}

stop_pid() {
  local pid
  pid="$(pid_of "$1" "$2")" || { rm -f "$1"; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do pid_running "$pid" || break; sleep 0.5; done
  if pid_running "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$1"
}

wait_ready() {
  local t0=$SECONDS kafka_ok=0 ferret_ok=0
  local deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    if [ "$kafka_ok" = 0 ]; then
      if probe kafka 127.0.0.1 "$KAFKA_PORT" "${KAFKA_PROBE_OPTIONS[@]}" >/dev/null 2>&1; then
        kafka_ok=1
        log "Kafka ready after $((SECONDS - t0)) s"
      elif ! pid_of "$KAFKA_PID" "$KAFKA_MARK" >/dev/null; then
        fail_start "Kafka exited before it was ready" "$KAFKA_LOGS/kafka.out" "$KAFKA_LOGS/server.log"
      fi
    fi
    if [ "$ferret_ok" = 0 ]; then
      if probe mongo 127.0.0.1 "$MONGO_PORT" >/dev/null 2>&1; then
        ferret_ok=1
        log "FerretDB ready after $((SECONDS - t0)) s"
      elif ! pid_of "$FERRET_PID" "$FERRET_MARK" >/dev/null; then
        fail_start "FerretDB exited before it was ready" "$FERRET_LOGS/ferretdb.log"
      fi
    fi
    [ "$kafka_ok" = 1 ] && [ "$ferret_ok" = 1 ] && return 0
    if [ "$SECONDS" -ge "$deadline" ]; then
      [ "$kafka_ok" = 1 ] || fail_start "Kafka not ready after ${START_TIMEOUT} s" "$KAFKA_LOGS/kafka.out" "$KAFKA_LOGS/server.log"
      fail_start "FerretDB not ready after ${START_TIMEOUT} s" "$FERRET_LOGS/ferretdb.log"
    fi
    sleep 0.5
  done
}

# ---------------------------------------------------------------- main

prepare
start_kafka
start_ferretdb
wait_ready
# On every start of the broker, and when the ACL file or the users changed since last applied.
security_stamp="$(cat "$INFRA_DIR/kafka/acls.txt" "$KAFKA_CREDENTIALS" | sha256sum | cut -d' ' -f1)"
if [ "$STARTED_KAFKA" = 1 ] || [ "$(cat "$KAFKA_STATE_DIR/security.stamp" 2>/dev/null)" != "$security_stamp" ]; then
  configure_kafka_security
  printf '%s\n' "$security_stamp" > "$KAFKA_STATE_DIR/security.stamp"
fi

cat <<MSG
[infra] up:
  Kafka     bootstrap 127.0.0.1:$KAFKA_PORT  pid $(cat "$KAFKA_PID")   logs: $KAFKA_LOGS/server.log
            SASL/SCRAM-SHA-512$([ "$KAFKA_TLS" = 1 ] && echo " over TLS"), users and passwords: $KAFKA_CREDENTIALS
  FerretDB  mongodb://127.0.0.1:$MONGO_PORT/  pid $(cat "$FERRET_PID")   logs: $FERRET_LOGS/ferretdb.log
  work dir  $WORK_DIR
  stop with: ${INFRA_INSTANCE:+INFRA_INSTANCE=$INFRA_INSTANCE KAFKA_PORT=$KAFKA_PORT KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT MONGO_PORT=$MONGO_PORT }$INFRA_DIR/down.sh   (--purge also wipes the data)
MSG
