-- Records that cannot be rewritten (docs/architecture.md, "Records that cannot be rewritten"): the database itself
-- refuses to change or remove the audit trail, the issued documents, what a submission froze (its snapshot, hash,
-- receipt time and protocol number) and the attachments a submission listed. The application's role owns the schema,
-- so a trigger, not a grant, is what binds it; an operator who runs the migrations as another role can also REVOKE
-- UPDATE, DELETE and TRUNCATE from the application's role (README, "Records that cannot be rewritten").
-- Only a superuser (or the tables' owner, by disabling the triggers) can bypass them, e.g. with
-- SET session_replication_role = replica: the tests do so to tamper with bytes on purpose.

create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'openbando: % on %.% is refused: the rows of this table are never changed nor removed',
        tg_op, tg_table_schema, tg_table_name using errcode = 'P0001';
end
$$;

create trigger audit_event_immutable before update or delete on audit_event
    for each row execute function refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function refuse_change();

create trigger issued_document_immutable before update or delete on issued_document
    for each row execute function refuse_change();
create trigger issued_document_no_truncate before truncate on issued_document
    for each statement execute function refuse_change();

-- A submission is never removed. What it froze never changes; the withdrawal is recorded once (withdrawn_at and
-- withdrawn_by, from null); the columns of the process (its start, the starter's attempts) may change.
create function submission_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'openbando: DELETE on %.submission is refused: a submission is never removed',
            tg_table_schema using errcode = 'P0001';
    end if;
    if new.id is distinct from old.id
            or new.proposal_id is distinct from old.proposal_id
            or new.call_id is distinct from old.call_id
            or new.protocol_number is distinct from old.protocol_number
            or new.received_at is distinct from old.received_at
            or new.sha256 is distinct from old.sha256
            or new.submitted_by is distinct from old.submitted_by
            or new.idempotency_key is distinct from old.idempotency_key
            or new.snapshot is distinct from old.snapshot then
        raise exception 'openbando: UPDATE of submission % is refused: its snapshot, hash, receipt time and protocol '
            'number are frozen', old.id using errcode = 'P0001';
    end if;
    if old.withdrawn_at is not null and (new.withdrawn_at is distinct from old.withdrawn_at
            or new.withdrawn_by is distinct from old.withdrawn_by) then
        raise exception 'openbando: UPDATE of submission % is refused: its withdrawal is recorded once', old.id
            using errcode = 'P0001';
    end if;
    return new;
end
$$;

create trigger submission_frozen before update or delete on submission
    for each row execute function submission_frozen();
create trigger submission_no_truncate before truncate on submission
    for each statement execute function refuse_change();

-- An attachment that a submission listed (submitted_at set) is never removed nor changed: removing it from a draft
-- again marks it removed once (removed_at and removed_by, from null). A draft's own attachments change freely.
create function attachment_frozen() returns trigger language plpgsql as $$
begin
    if old.submitted_at is null then
        if tg_op = 'DELETE' then
            return old;
        end if;
        return new;
    end if;
    if tg_op = 'DELETE' then
        raise exception 'openbando: DELETE of attachment % is refused: a submission lists it', old.id
            using errcode = 'P0001';
    end if;
    if new.id is distinct from old.id
            or new.proposal_id is distinct from old.proposal_id
            or new.kind is distinct from old.kind
            or new.file_name is distinct from old.file_name
            or new.content_type is distinct from old.content_type
            or new.size_bytes is distinct from old.size_bytes
            or new.sha256 is distinct from old.sha256
            or new.uploaded_by is distinct from old.uploaded_by
            or new.uploaded_at is distinct from old.uploaded_at
            or new.submitted_at is distinct from old.submitted_at
            or (old.removed_at is not null and (new.removed_at is distinct from old.removed_at
                or new.removed_by is distinct from old.removed_by))
            or new.content is distinct from old.content then
        raise exception 'openbando: UPDATE of attachment % is refused: a submission lists it', old.id
            using errcode = 'P0001';
    end if;
    return new;
end
$$;

create trigger attachment_frozen before update or delete on attachment
    for each row execute function attachment_frozen();
create trigger attachment_no_truncate before truncate on attachment
    for each statement execute function refuse_change();

-- Failures that someone sees: a submission whose process could not start is skipped and tried again later, with a
-- growing pause (workflow.ProposalProcessStarter); the administrators' incidents page lists it with the cause.
alter table submission add column start_attempts integer not null default 0;
alter table submission add column start_failed_at timestamp with time zone;
alter table submission add column start_error text;
alter table submission add column start_retry_at timestamp with time zone;
create index submission_start_failed on submission (id) where start_attempts > 0 and process_started_at is null;

-- The application's own alarms (a stored hash that no longer matches its bytes), one open row per kind and subject
-- however often it is seen, until an administrator closes it (operations.Incidents).
create table incident (
    id          bigint generated by default as identity primary key,
    kind        varchar(40)  not null,
    subject     varchar(200) not null,
    proposal_id bigint,
    message     text         not null,
    occurrences integer      not null,
    first_at    timestamp with time zone not null,
    last_at     timestamp with time zone not null,
    closed_at   timestamp with time zone,
    closed_by   varchar(100)
);
create unique index incident_open on incident (kind, subject) where closed_at is null;

-- M13: the reasons of failed rules list the failing members by name; long names overflowed these columns and made
-- the checks' job fail. The texts are bounded by the rules that write them, not by the column.
alter table eligibility_result alter column reason type text;
alter table eligibility_result alter column reason_it type text;
alter table eligibility_result alter column inputs type text;
