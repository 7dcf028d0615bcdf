#!/usr/bin/env bash
# Funding report benchmark (issue 15): the funding report of a call of N projects (target: the facts read well under
# 1.5 s, the report as PDF and CSV under 3 s each, the dossier of one project under 1 s, for N = 10,000). The driver
# runs inside the application: src/test/java/org/openbando/report/ReportBench.java, a Quarkus test that is not part of
# the suite (it runs only with -Dbench.report=N), against its own database on the PostgreSQL server.
# Not measured (preparation): a template call built through the services (EvaluatedCall: a fundable proposal of each
# line, one not fundable, one inadmissible), its ranking approved and its awards opened; then N projects made from it in
# SQL: consortia of 2-4 members (each a new organisation with a city), frozen snapshots with budgets in two research
# categories and 0-2 contracts with 50 labs, entries in the approved ranking (~12% not fundable; of the fundable, 60%
# funded, some of them moved up, the rest on the reserve list; a few inadmissible), awards with each partner's grant.
# Measured, RUNS times: ProjectFactsReader.ofCall (the facts read), the figures computed from facts already read,
# FundingReports.of (both), ReportExports.csv and .pdf, the dossier of one project as the auditor downloads it
# (GET /api/dossiers/{id}.zip), then the reader's reads one by one; at the end the spread over the runs.
# Results: target/bench/report/.
# Usage: src/bench/report.sh   (env: N=10000 RUNS=5 PGPORT=5432 PORT=18129)
# At the end, pgbench measures PostgreSQL's one-row insert rate (16 clients, as the other benches): the machine's speed.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-10000}; RUNS=${RUNS:-5}; PORT=${PORT:-18129}
DB=${DB:-openbando_bench_report}; export PGPORT=${PGPORT:-5432}; PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
WORK=target/bench/report; mkdir -p "$WORK"; : > "$WORK/results.txt"
$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"

echo "== funding report of $N projects (HEAD $(git rev-parse --short HEAD)); the driver's log: $WORK/mvn.log"
OPENBANDO_TEST_DB_URL=jdbc:postgresql://127.0.0.1:$PGPORT/$DB OPENBANDO_TEST_DB_USER=postgres \
QUARKUS_HTTP_TEST_PORT=$PORT \
  ./mvnw -q ${MVN_OFFLINE:--o} test -Dtest=ReportBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.report="$N" \
    -Dbench.runs="$RUNS" -Dbench.results="$PWD/$WORK/results.txt" > "$WORK/mvn.log" 2>&1 \
  || { tail -50 "$WORK/mvn.log"; exit 1; }
cat "$WORK/results.txt"

echo "== the machine's speed: PostgreSQL alone, one-row inserts, 16 clients (pgbench, 15 s)"
$PSQL -d $DB -c "create table bench_insert (id bigserial primary key, payload text, at timestamptz default now())"
echo "insert into bench_insert (payload) values (repeat('x', 2000));" > "$WORK/insert.sql"
pgbench -h 127.0.0.1 -U postgres -n -c 16 -j 2 -T 15 -f "$WORK/insert.sql" $DB 2>/dev/null | grep -E "^tps" \
  | tee -a "$WORK/results.txt"
