#!/usr/bin/env bash
# Deadline day under faults (docs/reliability.md): the packaged application on a PostgreSQL of its own (initdb'd here,
# so that it can be restarted without disturbing anything else), a rush of N submissions from CLIENTS API clients that
# retry with the same Idempotency-Key until they get a decision, and one fault in the middle of it:
#   kill        the application is killed with SIGKILL once a third of the rush is stored, then started again;
#   pg-restart  PostgreSQL is restarted (fast shutdown: every connection cut) once a third is stored; the
#               application is not restarted;
#   two-nodes   two application nodes on one database, the clients split between them, and calls whose opening and
#               deadline timers come due during the rush.
# Then the database is checked: every acknowledged submission stored exactly once with the number it was acknowledged
# with, numbers 1..N without gap, each process started once, every receipt and eligibility check produced, each timer
# fired once. Usage: src/bench/faults.sh [kill|pg-restart|two-nodes|all]   (env: N=2000 CLIENTS=64 PORT=8091
# PORT2=8092 FAULT_PGPORT=5499 PG_BIN=/usr/lib/postgresql/15/bin). Needs PostgreSQL's server binaries (initdb,
# pg_ctl), psql and Java 17; builds the jar when missing (./mvnw package -DskipTests). Results: target/faults/.
set -euo pipefail
cd "$(dirname "$0")/../.."
SCENARIOS=${1:-all}; [ "$SCENARIOS" = all ] && SCENARIOS="kill pg-restart two-nodes"
N=${N:-2000}; CLIENTS=${CLIENTS:-64}; PORT=${PORT:-8091}; PORT2=${PORT2:-8092}; export PGPORT=${FAULT_PGPORT:-5499}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
WORK=$PWD/target/faults; PGDATA=/tmp/openbando-faults-pg; mkdir -p "$WORK"
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"; PASSWORD=fault-password-0123; ADMIN_PASSWORD=fault-admin-password
KEY=$(openssl rand -base64 48) # a fresh session key: never one that appears in the repository
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg() { as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -w -l "$PGDATA/server.log" "$@" > /dev/null; }

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests
. src/bench/signing-keystore.sh
if [ ! -f "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"; [ "$(id -u)" != 0 ] || chown postgres "$PGDATA"
  as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres -A trust > /dev/null
  printf "port = %s\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '/tmp'\nmax_connections = 200\n" "$PGPORT" \
    >> "$PGDATA/postgresql.conf"
fi
pg status > /dev/null 2>&1 || pg start
NODES=()
stop_all() { for p in "${NODES[@]}"; do kill -9 "$p" 2>/dev/null || true; done; NODES=(); }
trap 'stop_all; pg stop -m fast || true' EXIT

# start_node PORT NAME: the packaged application on the scenario's database; prints its pid
start_node() {
  OPENBANDO_DB_URL=jdbc:postgresql://localhost:$PGPORT/$DB OPENBANDO_DB_USER=postgres OPENBANDO_DB_PASSWORD=unused \
  OPENBANDO_SESSION_KEY=$KEY OPENBANDO_ADMIN_PASSWORD=$ADMIN_PASSWORD QUARKUS_HTTP_PORT=$1 \
  OPENBANDO_PUBLIC_URL=http://localhost:$1 \
  QUARKUS_MANAGEMENT_PORT=$(($1 + 1000)) QUARKUS_CAMUNDA_GENERIC_CONFIG_HOSTNAME=$2 \
  java -jar target/quarkus-app/quarkus-run.jar >> "$WORK/$SCENARIO-$2.log" 2>&1 &
  echo $!
}
await_ready() { # the readiness check on the main port or, in production, on the management port
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "localhost:$1/q/health/ready" && return 0
    curl -fs -o /dev/null "localhost:$(($1 + 1000))/q/health/ready" && return 0
    sleep 1
  done
  echo "node on port $1 did not become ready"; exit 1
}
. src/bench/prepare-data.sh
new_call() { bench_call fault-officer:$PASSWORD "$@"; } # new_call CODE OPENS_AT DEADLINE_AT: prints its id
# prepare: N enterprises, their applicants and one complete Line A draft each in an open call
prepare() {
  bench_officer "$ADMIN_PASSWORD" fault-officer "$PASSWORD"
  CALL=$(new_call "FAULTS-${SCENARIO^^}" "$(date -u -d '-1 hour' +%FT%TZ)" "$(date -u -d '+1 day' +%FT%TZ)")
  bench_enterprises "$N" fault-officer
  bench_drafts "$CALL" "$N"
  bench_work "$CALL" > "$WORK/$SCENARIO-work.txt"
}
stored() { $PSQL -d $DB -c "select count(*) from openbando.submission where call_id = $CALL"; }
when_stored() { while [ "$(stored)" -lt "$1" ]; do sleep 0.1; done; } # waits until $1 submissions are stored
rush() { java src/bench/FaultRush.java "$1" "$PASSWORD" "$WORK/$SCENARIO-work.txt" "$CLIENTS" 900 "$WORK/$SCENARIO-acks.txt"; }

# the checks; each line "name=value", and "FAIL ..." for a broken promise
check() {
  local q="$PSQL -d $DB -c"
  $q "create temporary table x (line text)" -c "\\copy x from '$WORK/$SCENARIO-acks.txt'" \
     -c "select 'acknowledged=' || count(*) filter (where line like '% ack %') || ' refused=' || count(*) filter (where line like '% refused %') || ' gave_up=' || count(*) filter (where line like '% gave-up %') from x" \
     -c "select 'acknowledged_not_stored_with_that_number=' || count(*) from x where line like '% ack %' and not exists (
           select 1 from openbando.submission s where s.proposal_id = split_part(line, ' ', 1)::bigint
             and s.protocol_number = split_part(line, ' ', 3)::bigint and s.withdrawn_at is null)" \
     -c "select 'stored_not_acknowledged=' || count(*) from openbando.submission s where s.call_id = $CALL and not exists (
           select 1 from x where line like s.proposal_id || ' ack %')"
  $q "select 'stored=' || count(*) || ' distinct_proposals=' || count(distinct proposal_id) || ' distinct_numbers='
        || count(distinct protocol_number) || ' min=' || coalesce(min(protocol_number), 0) || ' max=' || coalesce(max(protocol_number), 0)
      from openbando.submission where call_id = $CALL"
  local t0 line=""; t0=$(date +%s)
  while [ $(($(date +%s) - t0)) -lt 900 ]; do # off the acknowledgement path: processes, receipts, eligibility results
    line=$($q "select 'processes_started=' || (select count(*) from openbando.submission where call_id = $CALL and process_started_at is not null)
      || ' receipts=' || (select count(*) from openbando.issued_document d join openbando.submission s on d.proposal_id = s.proposal_id
           and d.reference = 'submission:' || s.id where s.call_id = $CALL and d.kind = 'RECEIPT')
      || ' checked=' || (select count(distinct r.submission_id) from openbando.eligibility_result r join openbando.submission s
           on s.id = r.submission_id where s.call_id = $CALL)")
    [ "$line" = "processes_started=$(stored) receipts=$(stored) checked=$(stored)" ] && break
    sleep 2
  done
  echo "$line (after $(($(date +%s) - t0)) s)"
  $q "select 'process_instances_started_twice=' || count(*) from (select business_key_ from act_hi_procinst
        where business_key_ like 'submission-%' group by business_key_ having count(*) > 1) t"
  $q "select 'receipts_issued_twice=' || count(*) from (select d.reference from openbando.issued_document d
        where d.kind = 'RECEIPT' group by d.proposal_id, d.reference having count(*) > 1) t"
  $q "select 'open_incidents=' || count(*) from act_ru_incident"
}

for SCENARIO in $SCENARIOS; do
  DB=faults_${SCENARIO//-/_}; rm -f "$WORK/$SCENARIO"-*.log
  $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
  echo "== $SCENARIO: N=$N clients=$CLIENTS ($(date -u +%T))"
  APP=$(start_node $PORT node1); NODES=("$APP"); await_ready $PORT
  prepare
  case $SCENARIO in
  kill)
    rush "http://localhost:$PORT" > "$WORK/$SCENARIO-rush.txt" & RUSH=$!
    when_stored $((N / 3)); kill -9 "$APP"; at_kill=$(stored)
    echo "killed the application (SIGKILL) with $at_kill submissions stored; starting it again"
    sleep 2; APP=$(start_node $PORT node1); NODES=("$APP"); await_ready $PORT
    echo "restarted and ready with $(stored) stored"
    wait $RUSH; cat "$WORK/$SCENARIO-rush.txt" ;;
  pg-restart)
    rush "http://localhost:$PORT" > "$WORK/$SCENARIO-rush.txt" & RUSH=$!
    when_stored $((N / 3)); at_restart=$(stored); t0=$(date +%s.%N)
    pg restart -m fast
    echo "PostgreSQL restarted (fast: every connection cut) with $at_restart submissions stored, down for $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s"
    wait $RUSH; cat "$WORK/$SCENARIO-rush.txt"
    kill -0 "$APP" && echo "the application kept running (pid $APP): not restarted" ;;
  two-nodes)
    APP2=$(start_node $PORT2 node2); NODES+=("$APP2"); await_ready $PORT2
    opens=$(date -u -d '+40 seconds' +%FT%TZ); closes=$(date -u -d '+100 seconds' +%FT%TZ); TIMED=()
    for i in $(seq 1 10); do TIMED+=("$(new_call "TIMERS-$i" "$opens" "$closes")"); done
    echo "10 calls opening at $opens and closing at $closes (timers due during the rush)"
    rush "http://localhost:$PORT,http://localhost:$PORT2" > "$WORK/$SCENARIO-rush.txt"; cat "$WORK/$SCENARIO-rush.txt"
    while [ "$($PSQL -d $DB -c "select count(*) from openbando.grant_call where status = 'CLOSED'")" -lt 10 ] \
      && [ "$(date -u +%s)" -lt $(($(date -u -d "$closes" +%s) + 120)) ]; do sleep 2; done
    $PSQL -d $DB -c "select 'timer_calls_closed=' || count(*) from openbando.grant_call where status = 'CLOSED'"
    $PSQL -d $DB -c "select 'timers_or_call_steps_run_twice=' || count(*) from (select proc_inst_id_, act_id_ from act_hi_actinst
        where act_id_ in ('Timer_Opening', 'Timer_Deadline', 'Task_OpenCall', 'Task_CloseCall') group by 1, 2 having count(*) > 1) t"
    $PSQL -d $DB -c "select 'jobs_run_by_' || hostname_ || '=' || count(*) from act_hi_job_log where job_state_ = 2 group by hostname_ order by 1" ;;
  esac
  check | tee "$WORK/$SCENARIO-checks.txt"
  echo "application errors logged: $(cat "$WORK/$SCENARIO"-node*.log | grep -c ' ERROR ' || true)"
  stop_all
done
