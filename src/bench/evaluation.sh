#!/usr/bin/env bash
# Evaluation benchmark (issue 13): the packaged application on PostgreSQL evaluates a call of N admitted proposals
# with 3 experts each, through the API, and reports every step (total seconds, requests per second, p50/p95/p99).
# Not measured (preparation): N enterprises, their users and complete drafts (SQL, as deadline-day.sh), the N
# submissions and N admissions through the API (the processes run by the job executor: receipts, checks, admission
# notices, the evaluation opened), EXPERTS experts (users in SQL, profiles through the API).
# Measured: the panel proposal for the whole call (one request), the N panel assignments (with the rapporteur), the
# 3N acceptances with the declaration, the 3N score saves and the 3N submissions, the N consensus reports (save +
# submit), and the time until the job executor has issued every Evaluation Summary Report.
# Usage: src/bench/evaluation.sh   (env: N=2000 EXPERTS=200 CLIENTS=16 PORT=8092 MANAGEMENT_PORT=PORT+1 PGPORT=5432)
# Every bench user's password is stored as a bcrypt hash of cost 4 (pgcrypto), made once: HTTP Basic checks it on a
# client's first request (then the application remembers the check, ADR 0005), and cost 4 keeps that check cheap so
# that the steps measure the evaluation, not bcrypt. The application's own users keep their cost.
# At the end, pgbench measures PostgreSQL's one-row insert rate at the same concurrency: the machine's speed then.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-2000}; EXPERTS=${EXPERTS:-200}; CLIENTS=${CLIENTS:-16}; PORT=${PORT:-8092}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((PORT + 1))}
DB=${DB:-openbando_bench_evaluation}; export PGPORT=${PGPORT:-5432}; PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
WORK=target/bench/evaluation; mkdir -p "$WORK"
ADMIN_PASSWORD=bench-admin-password; PASSWORD=bench-password; BASE="http://localhost:$PORT"
SEATS=3

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests
. src/bench/signing-keystore.sh
$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"

echo "== starting the packaged application on port $PORT (jar of $(date -r target/quarkus-app/quarkus-run.jar +%FT%T); HEAD $(git rev-parse --short HEAD))"
OPENBANDO_DB_URL=jdbc:postgresql://localhost:$PGPORT/$DB OPENBANDO_DB_USER=postgres OPENBANDO_DB_PASSWORD=unused \
OPENBANDO_SESSION_KEY="$(openssl rand -base64 48)" OPENBANDO_ADMIN_PASSWORD=$ADMIN_PASSWORD \
OPENBANDO_PUBLIC_URL=http://localhost:$PORT \
QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT _PROD_QUARKUS_MAILER_MOCK=true \
  java ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
# a loaded machine has taken two minutes to start it
for _ in $(seq 1 600); do curl -fs -o /dev/null "localhost:$MANAGEMENT_PORT/q/health/ready" && break; sleep 1; done
curl -fs -o /dev/null "localhost:$MANAGEMENT_PORT/q/health/ready" || { echo "the application did not start: see $WORK/app.log"; exit 1; }
# step NAME WORKFILE [RESPONSES]: one step of EvaluationBench; its summary line goes to results.txt
step() { java src/bench/EvaluationBench.java "$BASE" "$PASSWORD" "$@" | tee -a "$WORK/results.txt"; }
: > "$WORK/results.txt"
t_now() { date +%s.%N; }
secs() { python3 -c "print(round($(t_now) - $1, 1))"; }
# waits until the SQL count $2 reaches $3 (at most $4 seconds, default 1800); prints the seconds it took
await() { # AWAIT_T0 (a date +%s.%N): count from then instead of now
  local t0 n; t0=${AWAIT_T0:-$(t_now)}
  for _ in $(seq 1 "${4:-${AWAIT_MAX:-1800}}"); do
    n=$($PSQL -d $DB -c "$2")
    [ "$n" -ge "$3" ] && { echo "$1: $n of $3 after $(secs "$t0") s"; return 0; }
    sleep 1
  done
  echo "$1: only $n of $3 after $(secs "$t0") s"; return 1
}

echo "== preparing $N enterprises, their users (bcrypt cost 4) and complete drafts (src/bench/prepare-data.sh; not measured)"
. src/bench/prepare-data.sh
$PSQL -d $DB -c "create extension if not exists pgcrypto"
bench_officer "$ADMIN_PASSWORD" bench-officer "$PASSWORD"
HASH=$($PSQL -d $DB -c "select crypt('$PASSWORD', gen_salt('bf', 4))")
# cost 4 for the officer, hence for the enterprises' users (bench_enterprises copies the officer's hash)
$PSQL -d $DB -c "update openbando.app_user set password = '$HASH' where username = 'bench-officer'"
CALL=$(bench_call bench-officer:$PASSWORD "EVAL-$(date +%s)" "$(date -u -d '-1 day' +%FT%TZ)" "$(date -u -d '+1 day' +%FT%TZ)")
bench_enterprises "$N" bench-officer
bench_drafts "$CALL" "$N"
# the experts: EVALUATOR users (their profiles come through the API below)
$PSQL -d $DB -c "insert into openbando.app_user (username, password, roles, display_name, locale, created_at)
  select 'expert-' || lpad(i::text, 4, '0'), '$HASH', 'EVALUATOR', 'Bench expert ' || i,
         case when i % 4 = 0 then 'en' else 'it' end, now() from generate_series(1, $EXPERTS) i"

echo "== $N submissions and admissions through the API, the processes run by the job executor (not measured)"
$PSQL -d $DB -F $'\t' -c "select u.username, 'POST', '/api/proposals/' || p.id || '/submit' from openbando.proposal p
  join openbando.app_user u on u.organization_id = p.lead_organization_id where p.call_id = $CALL order by p.id" \
  > "$WORK/submit.txt"
step prepare-submit "$WORK/submit.txt" "$CLIENTS"
await "eligibility checks done" "select count(distinct r.submission_id) from openbando.eligibility_result r
  join openbando.submission s on s.id = r.submission_id where s.call_id = $CALL" "$N"
$PSQL -d $DB -F $'\t' -c "select 'bench-officer', 'POST', '/api/proposals/' || p.id || '/admissibility',
  '{\"decision\":\"ADMIT\",\"notes\":\"bench\"}' from openbando.proposal p where p.call_id = $CALL order by p.id" \
  > "$WORK/admit.txt"
step prepare-admit "$WORK/admit.txt" "$CLIENTS"
await "evaluations opened (admission notices issued, proposals under evaluation)" \
  "select count(*) from openbando.evaluation where call_id = $CALL and status = 'PANEL_PENDING'" "$N"

echo "== $EXPERTS expert profiles through the API (not measured); every bench user's credentials checked once"
python3 - "$EXPERTS" > "$WORK/profiles.txt" <<'PY'
import json, sys
def vat(i): # an Italian VAT number with its check digit, "6" and the expert's number: no bench enterprise has it
    digits = "6%09d" % i
    total = sum(int(d) if k % 2 == 0 else (2 * int(d) - 9 if 2 * int(d) > 9 else 2 * int(d)) for k, d in enumerate(digits))
    return digits + str((10 - total % 10) % 10)
for i in range(1, int(sys.argv[1]) + 1):
    profile = {"affiliationName": "Bench University %d" % i, "affiliationVat": vat(i), "clusterCodes": ["BENCH"],
               "areaCodes": ["BENCH-AREA"], "languages": ["it", "en"], "maxProposalsPerCall": 50, "active": True}
    print("bench-officer\tPUT\t/api/experts/expert-%04d\t%s" % (i, json.dumps(profile)))
PY
step prepare-profiles "$WORK/profiles.txt" "$CLIENTS"
$PSQL -d $DB -F $'\t' -c "select username, 'GET', '/api/me' from openbando.app_user where username like 'expert-%'" \
  > "$WORK/me.txt"
step prepare-credentials "$WORK/me.txt" "$CLIENTS"

echo "== measured: the panel proposal for the whole call (one request, three times: cold, then warm)"
printf 'bench-officer\tGET\t/api/evaluations/calls/%s/panel-proposals\n' "$CALL" "$CALL" "$CALL" > "$WORK/proposal.txt"
step panel-proposal "$WORK/proposal.txt" 1 "$WORK/proposal.out"

echo "== measured: $N panel assignments (the proposed experts, the first one rapporteur)"
python3 - "$WORK/proposal.out" > "$WORK/assign.txt" <<'PY'
import json, sys
answer = json.loads(open(sys.argv[1]).readline().split("\t", 2)[2])
for s in answer["suggestions"]:
    print("bench-officer\tPOST\t/api/evaluations/%d/panel\t%s" % (s["submissionId"],
          json.dumps({"experts": s["experts"], "rapporteur": s["experts"][0]})))
PY
step assign "$WORK/assign.txt" "$CLIENTS"
await "seats assigned" "select count(*) from openbando.evaluation_assignment a join openbando.evaluation e
  on e.id = a.evaluation_id where e.call_id = $CALL and a.status = 'ASSIGNED'" $((N * SEATS))

echo "== measured: the officer's evaluation board of the call, page 20 (API), 20 times one after the other"
for _ in $(seq 1 20); do printf 'bench-officer\tGET\t/api/calls/%s/evaluation?page=20\n' "$CALL"; done > "$WORK/board.txt"
step board "$WORK/board.txt" 1

echo "== measured: $((N * SEATS)) acceptances with the declaration"
$PSQL -d $DB -F $'\t' -c "select a.expert, 'POST', '/api/evaluations/assignments/' || a.id || '/accept',
  '{\"language\":\"' || u.locale || '\"}' from openbando.evaluation_assignment a join openbando.evaluation e
  on e.id = a.evaluation_id join openbando.app_user u on u.username = a.expert
  where e.call_id = $CALL and a.status = 'ASSIGNED' order by random()" > "$WORK/accept.txt"
step accept "$WORK/accept.txt" "$CLIENTS"

echo "== measured: $((N * SEATS)) score saves (the form read, then saved), then $((N * SEATS)) submissions"
$PSQL -d $DB -F $'\t' -c "select a.expert, a.id, a.seat from openbando.evaluation_assignment a
  join openbando.evaluation e on e.id = a.evaluation_id where e.call_id = $CALL and a.status = 'ACCEPTED'
  order by random()" > "$WORK/accepted.txt"
python3 - "$WORK/accepted.txt" "$WORK/scores.txt" "$WORK/submit-scores.txt" <<'PY'
import json, sys
criteria = [("INNOVATIVENESS", 30), ("TECHNICAL_QUALITY", 25), ("TEAM", 15), ("IMPACT", 15), ("COOPERATION", 15)]
saves, submits = open(sys.argv[2], "w"), open(sys.argv[3], "w")
for line in open(sys.argv[1]):
    expert, assignment, seat = line.rstrip("\n").split("\t")
    # seats score differently: 3 of 4 proposals above the threshold, innovativeness divergent on every 4th
    a, s = int(assignment), int(seat)
    scores = []
    for code, top in criteria:
        value = top * (0.55 + 0.1 * ((a + s) % 4)) if code != "INNOVATIVENESS" or a % 4 else top * (0.3 + 0.3 * (s % 3))
        scores.append({"criterion": code, "score": round(value * 2) / 2,
                       "comment": "Seat %d on %s: reasons given in full for the benchmark." % (s, code)})
    form = {"scores": scores, "trl": {"startCredible": True, "startReason": "Laboratory prototype documented.",
            "targetReachable": True, "targetReason": "Pilot line planned in the work plan.",
            "workPackages": [{"index": 0, "reachable": True, "reason": "Milestones match the target TRL."}]}}
    body = json.dumps({"version": 0, "form": form}) # nothing saved before: version 0
    print("%s\tGET\t/api/evaluations/assignments/%s/scores\t>>\t%s\tPUT\t/api/evaluations/assignments/%s/scores\t%s"
          % (expert, assignment, expert, assignment, body), file=saves)
    print("%s\tPOST\t/api/evaluations/assignments/%s/submit" % (expert, assignment), file=submits)
PY
step score-save "$WORK/scores.txt" "$CLIENTS"
step score-submit "$WORK/submit-scores.txt" "$CLIENTS"
await "consensus started" "select count(*) from openbando.evaluation where call_id = $CALL and status = 'CONSENSUS'" "$N"

echo "== measured: $N consensus reports (read, saved, submitted by the rapporteur)"
$PSQL -d $DB -F $'\t' -c "select e.rapporteur, e.submission_id from openbando.evaluation e where e.call_id = $CALL
  order by random()" > "$WORK/rapporteurs.txt"
python3 - "$WORK/rapporteurs.txt" > "$WORK/consensus.txt" <<'PY'
import json, sys
criteria = [("INNOVATIVENESS", 30), ("TECHNICAL_QUALITY", 25), ("TEAM", 15), ("IMPACT", 15), ("COOPERATION", 15)]
for line in open(sys.argv[1]):
    rapporteur, submission = line.rstrip("\n").split("\t")
    s = int(submission)
    scores = [{"criterion": code, "score": round(top * (0.5 + 0.1 * (s % 4)) * 2) / 2,
               "comment": "The panel agreed on %s after discussing the individual reasons." % code,
               "agreed": True, "minorityView": None} for code, top in criteria]
    form = {"scores": scores, "trl": {"startCredible": True, "targetReachable": True,
            "reason": "Start and target TRL are credible per the work plan.", "agreed": True, "minorityView": None}}
    body = json.dumps({"version": 0, "form": form}) # nothing saved before: version 0
    base = "/api/evaluations/%s/consensus" % submission
    print("\t>>\t".join(["%s\tGET\t%s" % (rapporteur, base), "%s\tPUT\t%s\t%s" % (rapporteur, base, body),
                         "%s\tPOST\t%s/submit" % (rapporteur, base)]))
PY
step consensus "$WORK/consensus.txt" "$CLIENTS"

echo "== measured: until the job executor has issued every Evaluation Summary Report"
T0=$(t_now) # from the end of the last consensus
AWAIT_T0=$T0 await "evaluations concluded (after the last consensus)" "select count(*) from openbando.evaluation
  where call_id = $CALL and status in ('EVALUATED_FUNDABLE', 'EVALUATED_NOT_FUNDABLE')" "$N" | tee -a "$WORK/results.txt"
# one report in Italian and one in English per evaluation
AWAIT_T0=$T0 await "Evaluation Summary Reports issued, it and en (after the last consensus)" "select count(*)
  from openbando.issued_document d join openbando.evaluation e on e.proposal_id = d.proposal_id
  where e.call_id = $CALL and d.kind = 'EVALUATION_SUMMARY'" $((2 * N)) | tee -a "$WORK/results.txt"

echo "== checks in the database"
$PSQL -d $DB -c "select status || '=' || count(*) from openbando.evaluation where call_id = $CALL group by status"
$PSQL -d $DB -c "select 'assignments ' || a.status || '=' || count(*) from openbando.evaluation_assignment a
  join openbando.evaluation e on e.id = a.evaluation_id where e.call_id = $CALL group by a.status"
$PSQL -d $DB -c "select 'proposals ' || status || '=' || count(*) from openbando.proposal where call_id = $CALL group by status"
echo "== results ($WORK/results.txt)"; cat "$WORK/results.txt"

echo "== the machine's speed: PostgreSQL alone, one-row inserts, $CLIENTS clients (pgbench, 15 s)"
$PSQL -d $DB -c "create table bench_insert (id bigserial primary key, payload text, at timestamptz default now())"
echo "insert into bench_insert (payload) values (repeat('x', 2000));" > "$WORK/insert.sql"
pgbench -h 127.0.0.1 -U postgres -n -c "$CLIENTS" -j 2 -T 15 -f "$WORK/insert.sql" $DB 2>/dev/null | grep -E "^tps" \
  | tee -a "$WORK/results.txt"
