-- Anyone can verify an issued document (issue 15; docs/adr/0008-pdf-documents.md, "Verification").
-- Every document issued from now on carries a random verification code (80 bits: 16 characters of Crockford's base32
-- in four groups, XXXX-XXXX-XXXX-XXXX) printed on every page with a QR code of its public address, and what the public
-- page may say about the act: the call's code with the protocol number (a proposal's document) or the line (a call's).
--
-- Documents issued before this migration keep no code: their PDF does not print one, and giving them one would mean
-- updating rows that V12's trigger (issued_document_immutable) refuses to change. Neither the trigger nor the rows are
-- touched here; those documents stay verifiable by their file (the SHA-256 stored with them).
alter table issued_document
    add column verification_code varchar(19),
    add column act_call_code     varchar(40),
    add column act_protocol      bigint,
    add column act_line          varchar(1);

-- Not null for every document stored from now on. NOT VALID: PostgreSQL checks the rows inserted (and, were they
-- allowed, updated) after this statement, not the rows already there.
alter table issued_document
    add constraint issued_document_verification_code_required check (verification_code is not null) not valid,
    add constraint issued_document_verification_code_format
        check (verification_code ~ '^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$');

-- One document per code (pre-V24 rows have none), found by its code or by the hash of its bytes.
create unique index issued_document_verification_code on issued_document (verification_code);
create index issued_document_sha256 on issued_document (sha256);
