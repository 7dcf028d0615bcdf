#!/usr/bin/env bash
# Deadline-day benchmark: the packaged application on PostgreSQL, N complete drafts of N distinct enterprises,
# submitted by CLIENTS concurrent clients (RETRY% of them sent twice with the same Idempotency-Key); then the
# database is checked (every acknowledged submission stored, protocol numbers 1..N without gap or duplicate, in the
# order of receipt, retries created nothing) and PostgreSQL's own one-row insert rate is measured with pgbench at the
# same concurrency. Usage: src/bench/deadline-day.sh   (env: N=2000 WARMUP=N CLIENTS=64 RETRY=5 PORT=8090
# MODE=page|api WARMUP_ROUNDS=3 PGPORT=5432 BENCH_DB=openbando_bench MANAGEMENT_PORT=PORT+1: health and metrics).
# The data: src/bench/prepare-data.sh, shared with faults.sh. Before the rush the same
# applicants submit WARMUP (at most N) proposals to another call (RETRY% retried, as in the rush), the engine finishes
# with them, and they withdraw and submit them again,
# WARMUP_ROUNDS rounds, not measured: on deadline day the application has been running, its code compiled by the JIT,
# since the morning, and the engine has kept up with the day's submissions.
# MODE=page: applicants logged in beforehand submit with the proposal page's form (session cookie, form token);
# MODE=api: API clients with HTTP Basic (each request pays the bcrypt check of its credentials).
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-2000}; WARMUP=${WARMUP:-$N}; WARMUP_ROUNDS=${WARMUP_ROUNDS:-3}; CLIENTS=${CLIENTS:-64}; RETRY=${RETRY:-5}; PORT=${PORT:-8090}; MODE=${MODE:-page}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((PORT + 1))}
DB=${BENCH_DB:-openbando_bench}; export PGPORT=${PGPORT:-5432}; PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
WORK=target/bench; mkdir -p "$WORK"
ADMIN_PASSWORD=bench-admin-password; PASSWORD=bench-password

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests
. src/bench/signing-keystore.sh
$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
# a server that preloads pg_stat_statements: the rush's statements, by time spent, go to target/bench/statements.txt
PGSS=$($PSQL -d postgres -c "select 1 from pg_settings where name = 'shared_preload_libraries'
  and setting like '%pg_stat_statements%'")
[ -z "$PGSS" ] || $PSQL -d $DB -c "create extension pg_stat_statements"

echo "== starting the packaged application on port $PORT"
OPENBANDO_DB_URL=jdbc:postgresql://localhost:$PGPORT/$DB OPENBANDO_DB_USER=postgres OPENBANDO_DB_PASSWORD=unused \
OPENBANDO_SESSION_KEY="$(openssl rand -base64 48)" OPENBANDO_ADMIN_PASSWORD=$ADMIN_PASSWORD \
OPENBANDO_PUBLIC_URL=http://localhost:$PORT \
QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT java ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "localhost:$MANAGEMENT_PORT/q/health/ready" && break; sleep 1; done
kill -0 $APP 2>/dev/null || { echo "the application did not start: see $WORK/app.log"; exit 1; }
. src/bench/prepare-data.sh

echo "== preparing $N complete drafts (SQL; not measured)"
bench_officer "$ADMIN_PASSWORD" bench-officer "$PASSWORD"
LATER=$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ); BEFORE=$(date -u -d '-1 day' +%Y-%m-%dT%H:%M:%SZ)
CALL=$(bench_call bench-officer:$PASSWORD "BENCH-$(date +%s)" "$BEFORE" "$LATER")
WARM_CALL=$(bench_call bench-officer:$PASSWORD "WARM-$(date +%s)" "$BEFORE" "$LATER")
bench_enterprises "$N" bench-officer
bench_drafts "$CALL" "$N"; bench_drafts "$WARM_CALL" "$WARMUP"
bench_work "$CALL" > "$WORK/work.txt"; bench_work "$WARM_CALL" > "$WORK/warm.txt"

# every step off the acknowledgement path done for the submissions in force in call $1: prints the seconds it took from
# now until all their processes were started, all receipts issued and all eligibility results stored
ready() {
  local t0 line stored started receipts checked t_started="" t_receipts="" t_checked=""
  t0=$(date +%s.%N)
  stored=$($PSQL -d $DB -c "select count(*) from openbando.submission where call_id = $1 and withdrawn_at is null")
  since() { python3 -c "print(round($(date +%s.%N) - $t0, 1))"; }
  for _ in $(seq 1 900); do
    line=$($PSQL -d $DB -c "select (select count(*) from openbando.submission where call_id = $1 and withdrawn_at is null
                and process_started_at is not null)
        || ' ' || (select count(*) from openbando.issued_document d join openbando.submission s
                   on d.proposal_id = s.proposal_id and d.reference = 'submission:' || s.id where s.call_id = $1 and s.withdrawn_at is null and d.kind = 'RECEIPT')
        || ' ' || (select count(distinct r.submission_id) from openbando.eligibility_result r join openbando.submission s
                   on s.id = r.submission_id where s.call_id = $1 and s.withdrawn_at is null)")
    read -r started receipts checked <<< "$line"
    [ "$started" -ge "$stored" ] && [ -z "$t_started" ] && t_started=$(since)
    [ "$receipts" -ge "$stored" ] && [ -z "$t_receipts" ] && t_receipts=$(since)
    [ "$checked" -ge "$stored" ] && [ -z "$t_checked" ] && t_checked=$(since)
    [ -n "$t_started" ] && [ -n "$t_receipts" ] && [ -n "$t_checked" ] && break
    sleep 1
  done
  echo "all processes started in ${t_started:-not within 900}s, all receipts in ${t_receipts:-not within 900}s, all eligibility results in ${t_checked:-not within 900}s (stored=$stored started=$started receipts=$receipts checked=$checked)"
}

echo "== warm-up: $WARMUP proposals to another call, $WARMUP_ROUNDS rounds (the engine finishes with them); then the rush: $N submissions from \
$CLIENTS clients, $RETRY% retried with the same key"
# PROFILE=1: a Java Flight Recording of the application and vmstat during the rush only (target/bench/rush.jfr, vmstat.txt)
RUSH_HOOK="$WORK/rush-started"; GO="$WORK/go"; rm -f "$RUSH_HOOK" "$RUSH_HOOK.warm" "$GO"
( for round in $(seq 1 "$WARMUP_ROUNDS"); do # after each round: the engine's work done, and what the JIT compiled
    while [ ! -f "$RUSH_HOOK.warm" ]; do sleep 0.2; done
    echo "warm-up round $round off the acknowledgement path: $(ready "$WARM_CALL"); JIT: $(jstat -compiler $APP | tail -1 \
      | awk '{print $1 " methods compiled in " $4 " s since the start"}')"
    [ "$round" -lt "$WARMUP_ROUNDS" ] || $PSQL -d $DB -c "vacuum analyze" # as autovacuum would have by then
    rm -f "$RUSH_HOOK.warm"; touch "$GO"
  done ) &
if [ "${PROFILE:-0}" = 1 ]; then # ASYNC_PROFILER=path/to/libasyncProfiler.so: CPU samples instead (rush.collapsed)
  ( while [ ! -f "$RUSH_HOOK" ]; do sleep 0.2; done
    if [ -n "${ASYNC_PROFILER:-}" ]; then java src/bench/AgentLoad.java $APP "$ASYNC_PROFILER" start,event=cpu,interval=1ms > /dev/null
    else jcmd $APP JFR.start name=rush settings=profile filename="$WORK/rush.jfr" > /dev/null; fi
    vmstat 1 > "$WORK/vmstat.txt" & VMSTAT=$!; while [ ! -f "$WORK/result.txt.done" ]; do sleep 0.5; done; kill $VMSTAT ) &
fi
rm -f "$WORK/result.txt.done"
# processor time of the application and of PostgreSQL over the rush (from /proc), and the JIT compiler's work then
cpu_of() { local sum=0 pid st; for pid in "$@"; do st=$(cat /proc/$pid/stat 2>/dev/null) || continue; set -- ${st#*) }
  sum=$((sum + ${12} + ${13})); done; echo $sum; }
( while [ ! -f "$RUSH_HOOK" ]; do sleep 0.05; done
  [ -z "$PGSS" ] || $PSQL -d $DB -c "select pg_stat_statements_reset()" > /dev/null
  app0=$(cpu_of $APP); pg0=$(cpu_of $(pgrep -x postgres)); jit0=$(jstat -compiler $APP | tail -1)
  while [ ! -f "$WORK/result.txt.done" ]; do sleep 0.05; done
  app1=$(cpu_of $APP); pg1=$(cpu_of $(pgrep -x postgres)); jit1=$(jstat -compiler $APP | tail -1); tick=$(getconf CLK_TCK)
  [ -z "$PGSS" ] || $PSQL -d $DB -F ' | ' -c "select 'calls | rows | plan ms | execution ms | WAL bytes | statement'
    union all (select sum(calls) || ' | ' || sum(rows) || ' | ' || round(sum(total_plan_time)::numeric, 1) || ' | '
      || round(sum(total_exec_time)::numeric, 1) || ' | ' || sum(wal_bytes) || ' | ' || statement
    from (select *, left(regexp_replace(regexp_replace(query, '\s+', ' ', 'g'), '\(\\\$[0-9, \\\$]+\)', '(...)', 'g'),
      160) as statement from pg_stat_statements where dbid = (select oid from pg_database where datname = '$DB')) s
    group by statement order by sum(total_plan_time + total_exec_time) desc limit 30)" > "$WORK/statements.txt"
  python3 -c "print('processor over the rush: application %.2f s, PostgreSQL %.2f s (CPU seconds); JIT compiled %d methods in %.1f s'
    % (($app1 - $app0) / $tick, ($pg1 - $pg0) / $tick, $(echo $jit1 | cut -d' ' -f1) - $(echo $jit0 | cut -d' ' -f1),
       $(echo $jit1 | cut -d' ' -f4) - $(echo $jit0 | cut -d' ' -f4)))"
) > "$WORK/cpu.txt" &
CPU_WATCH=$!
java src/bench/DeadlineDay.java "http://localhost:$PORT" "$PASSWORD" "$WORK/work.txt" "$CLIENTS" "$RETRY" "$MODE" "$RUSH_HOOK" \
  "$WORK/warm.txt" "$GO" "$WARMUP_ROUNDS" | tee "$WORK/result.txt"
touch "$WORK/result.txt.done"
wait $CPU_WATCH; cat "$WORK/cpu.txt"
if [ "${PROFILE:-0}" = 1 ]; then
  if [ -n "${ASYNC_PROFILER:-}" ]; then java src/bench/AgentLoad.java $APP "$ASYNC_PROFILER" "stop,file=$PWD/$WORK/rush.collapsed,collapsed" > /dev/null
  else jcmd $APP JFR.stop name=rush > /dev/null; fi
fi

echo "== checks in the database"
$PSQL -d $DB -c "select 'stored=' || count(*) || ' distinct_numbers=' || count(distinct protocol_number)
    || ' min=' || min(protocol_number) || ' max=' || max(protocol_number)
    || ' snapshots_with_hash=' || count(*) filter (where length(sha256) = 64 and length(snapshot) > 0)
  from openbando.submission where call_id = $CALL"
$PSQL -d $DB -c "select 'numbers_out_of_receipt_order=' || count(*) from (select received_at,
    lag(received_at) over (order by protocol_number) as previous from openbando.submission where call_id = $CALL) t
  where received_at < previous"
$PSQL -d $DB -c "select 'proposals_submitted=' || count(*) from openbando.proposal where call_id = $CALL and status <> 'DRAFT'"

echo "== off the acknowledgement path: processes started, receipts and eligibility results ready"
echo "after the rush: $(ready "$CALL")"

echo "== PostgreSQL alone: one-row inserts, $CLIENTS clients (pgbench, 15 s)"
$PSQL -d $DB -c "create table bench_insert (id bigserial primary key, payload text, at timestamptz default now())"
echo "insert into bench_insert (payload) values (repeat('x', 2000));" > "$WORK/insert.sql"
pgbench -h 127.0.0.1 -U postgres -n -c "$CLIENTS" -j 2 -T 15 -f "$WORK/insert.sql" $DB 2>/dev/null | grep -E "^tps" | tee "$WORK/pgbench.txt"
ACKS=$(grep -o 'acks_per_s=[0-9.]*' "$WORK/result.txt" | cut -d= -f2)
TPS=$(grep -o 'tps = [0-9.]*' "$WORK/pgbench.txt" | head -1 | cut -d' ' -f3)
echo "ratio acknowledged submissions / PostgreSQL inserts = $(python3 -c "print(round($ACKS / $TPS, 3))")"
