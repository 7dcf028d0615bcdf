#!/usr/bin/env bash
# Ranking benchmark (issue 14): a call of N evaluated proposals on two lines is ranked and allocated:
# RankingSteps.draft, from the evaluations in the database to the stored lists of both lines (target: under 1 s for
# N = 10,000). There is no API that only drafts (the call process does it), so the driver runs inside the application:
# src/test/java/org/openbando/ranking/RankingBench.java, a Quarkus test that is not part of the suite (it runs only
# with -Dbench.ranking=N), against its own database on the PostgreSQL server.
# Not measured (preparation): a template call built through the services (EvaluatedCall: two fundable proposals, one
# not fundable, one inadmissible), then N proposals made from it in SQL: consortia of 2-4 members with frozen snapshots
# and budgets, evaluations with consensus reports (totals in half points: many ties; ~12% not fundable), 5 inadmissible.
# Measured: COLD runs of the draft without the per-submission grant cache (the draft computes the grants from the
# snapshots), then RUNS with it (as after the consensus reports filled it); after each draft, its steps one by one
# (reads, grants, ordering and allocation, writes), then the spread over the runs. Results: target/bench/ranking/.
# Usage: src/bench/ranking.sh   (env: N=10000 RUNS=5 COLD=2 BUDGET_A=500000000.00 BUDGET_B=150000000.00
#        PGPORT=5432 PORT=18128)
# At the end, pgbench measures PostgreSQL's one-row insert rate (16 clients, as the other benches): the machine's speed.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-10000}; RUNS=${RUNS:-5}; COLD=${COLD:-2}; PORT=${PORT:-18128}
DB=${DB:-openbando_bench_ranking}; export PGPORT=${PGPORT:-5432}; PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
WORK=target/bench/ranking; mkdir -p "$WORK"; : > "$WORK/results.txt"
$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"

echo "== ranking $N proposals (HEAD $(git rev-parse --short HEAD)); the driver's log: $WORK/mvn.log"
OPENBANDO_TEST_DB_URL=jdbc:postgresql://127.0.0.1:$PGPORT/$DB OPENBANDO_TEST_DB_USER=postgres \
QUARKUS_HTTP_TEST_PORT=$PORT \
  ./mvnw -q test -Dtest=RankingBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.ranking="$N" \
    -Dbench.runs="$RUNS" -Dbench.coldRuns="$COLD" -Dbench.budgetA="${BUDGET_A:-500000000.00}" \
    -Dbench.budgetB="${BUDGET_B:-150000000.00}" -Dbench.results="$PWD/$WORK/results.txt" > "$WORK/mvn.log" 2>&1 \
  || { tail -50 "$WORK/mvn.log"; exit 1; }
cat "$WORK/results.txt"

echo "== the machine's speed: PostgreSQL alone, one-row inserts, 16 clients (pgbench, 15 s)"
$PSQL -d $DB -c "create table bench_insert (id bigserial primary key, payload text, at timestamptz default now())"
echo "insert into bench_insert (payload) values (repeat('x', 2000));" > "$WORK/insert.sql"
pgbench -h 127.0.0.1 -U postgres -n -c 16 -j 2 -T 15 -f "$WORK/insert.sql" $DB 2>/dev/null | grep -E "^tps" \
  | tee -a "$WORK/results.txt"
