-- Readings that anyone can verify (issue 15; docs/adr/0008-pdf-documents.md, "Readings").
-- The funding report of a call as PDF is a reading of the data at an instant, not an act: it is rendered on request
-- and not stored. It still carries a verification code and a QR code, so that an auditor who files it can later show
-- that OpenBando produced it: this table keeps what verifies it (its code, what it is, when, by whom, the SHA-256 and
-- size of the bytes handed out), never the file. Rows are only inserted (the trigger refuses every change).
create table document_reading (
    id                bigserial    primary key,
    verification_code varchar(19)  not null unique
        check (verification_code ~ '^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$'),
    kind              varchar(40)  not null check (kind in ('FUNDING_REPORT')),
    call_id           bigint       not null, -- the call the report read (no foreign key: a record of what was read)
    act_call_code     varchar(40)  not null,
    read_at           timestamptz  not null,
    issued_at         timestamptz  not null,
    issued_by         varchar(100) not null,
    sha256            varchar(64)  not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes        bigint       not null check (size_bytes > 0)
);

-- Found by the hash of a file to verify, as issued documents are.
create index document_reading_sha256 on document_reading (sha256);

create trigger document_reading_immutable before update or delete on document_reading
    for each row execute function refuse_change();
create trigger document_reading_no_truncate before truncate on document_reading
    for each statement execute function refuse_change();
