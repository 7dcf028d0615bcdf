# The data of a deadline-day rush, prepared with SQL (not measured): sourced by deadline-day.sh and faults.sh, so that
# both rush the same drafts. Uses the sourcing script's PSQL (a psql command line), DB (its database) and PORT (the
# application's HTTP port); the application must be running (its migrations made the tables).
#   api USER:PASSWORD CURL_ARGS...       a JSON request to the API with HTTP Basic
#   bench_officer ADMIN_PASSWORD USER PASSWORD
#                                        the reference data (cluster BENCH, thematic area BENCH-AREA) and an officer
#   bench_call USER:PASSWORD CODE OPENS_AT DEADLINE_AT
#                                        a call of cluster BENCH published two days ago (before any OPENS_AT
#                                        the scripts use); prints its id
#   bench_enterprises N OFFICER          N enterprises "Bench i" (VAT 5 + i), each with its applicant bench-0000i, whose
#                                        password is the officer's (its hash copied: no bcrypt for each)
#   bench_drafts CALL COUNT              a complete Line A draft in CALL for each of the first COUNT bench enterprises
#   bench_work CALL                      "applicant:proposal" for each proposal of CALL, in random order

api() { curl -fsS -u "$1" -H 'Content-Type: application/json' "${@:2}"; }

bench_officer() {
  $PSQL -d "$DB" -c "insert into openbando.cluster (code, name, name_en) values ('BENCH', 'Cluster di prova', 'Bench cluster');
    insert into openbando.thematic_area (cluster_id, code, name, name_en)
      select id, 'BENCH-AREA', 'Area di prova', 'Bench area' from openbando.cluster where code = 'BENCH';"
  api "admin:$1" -o /dev/null -d "{\"username\":\"$2\",\"password\":\"$3\",\"displayName\":\"Bench officer\",\"roles\":[\"OFFICER\"]}" \
    "localhost:$PORT/api/users"
}

bench_call() {
  local id
  id=$(api "$1" -d "{\"code\":\"$2\",\"title\":\"Deadline day\",\"s3PriorityArea\":\"S3\",\"publicationAt\":\"$(date -u -d '-2 days' +%FT%TZ)\",\"opensAt\":\"$3\",\"deadlineAt\":\"$4\",\"budgetLineA\":35000000,\"budgetLineB\":15000000,\"clusterCodes\":[\"BENCH\"],\"rules\":{\"minEnterprises\":1}}" \
    "localhost:$PORT/api/calls" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2) || true
  [ -n "$id" ] || { echo "call $2 was not created" >&2; return 1; }
  api "$1" -o /dev/null -X POST "localhost:$PORT/api/calls/$id/publish"
  echo "$id"
}

bench_enterprises() {
  local hash
  hash=$($PSQL -d "$DB" -c "select password from openbando.app_user where username = '$2'")
  $PSQL -d "$DB" <<SQL
insert into openbando.organization (type, name, vat_number, city, staff_awu, turnover, balance_sheet_total,
    reference_year, legal_representative, created_at, version)
  select 'ENTERPRISE', 'Bench ' || i, '5' || lpad(i::text, 10, '0'), 'Bologna', 20, 3000000, 2000000, 2025,
         'bench-' || lpad(i::text, 5, '0'), now(), 0 from generate_series(1, $1) i;
insert into openbando.app_user (username, password, roles, display_name, organization_id, locale, created_at)
  select o.legal_representative, '$hash', 'APPLICANT', o.name, o.id, 'it', now()
  from openbando.organization o where o.name like 'Bench %';
SQL
}

bench_drafts() {
  local start
  start=$(date -u -d '+3 months' +%F)
  $PSQL -d "$DB" <<SQL
insert into openbando.proposal (call_id, line, lead_organization_id, status, content, created_by, created_at,
    updated_by, updated_at, version)
  select $1, 'A', o.id, 'DRAFT',
    '{"title":"Bench project ' || o.id || '","acronym":"B' || o.id || '","summary":"A research project",'
    || '"thematicAreaCode":"BENCH-AREA","plannedStart":"$start","durationMonths":24,"partners":[],"contracts":[],'
    || '"budget":[{"organizationId":' || o.id || ',"costCategory":"PERSONNEL","researchCategory":"INDUSTRIAL_RESEARCH","amount":300000},'
    || '{"organizationId":' || o.id || ',"costCategory":"PERSONNEL","researchCategory":"EXPERIMENTAL_DEVELOPMENT","amount":100000}],'
    || '"workPackages":[{"code":"WP1","title":"Research","startTrl":4,"targetTrl":7,"trlJustification":"lab","milestones":[]}],'
    || '"trl":{"start":4,"target":7,"justification":"lab prototype"}}',
    o.legal_representative, now(), o.legal_representative, now(), 0
  from openbando.organization o where o.id in (select id from openbando.organization
    where name like 'Bench %' order by id limit $2);
SQL
}

bench_work() {
  $PSQL -d "$DB" -c "select u.username || ':' || p.id from openbando.proposal p join openbando.app_user u
    on u.organization_id = p.lead_organization_id where p.call_id = $1 order by random()"
}
