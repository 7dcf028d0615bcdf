-- Issue 14: documents owned by a call (the ranking act of a line), beside the documents of a proposal. A document
-- belongs to exactly one owner: a proposal (proposal_id) or a call (call_id). A call's document is unique per
-- (call, kind, reference), as a proposal's is per (proposal, kind, reference). The immutability triggers of V12
-- (issued_document_immutable, issued_document_no_truncate) stay: rows are still never changed nor removed; this
-- migration changes the table's definition, which no row trigger sees.
alter table issued_document
    alter column proposal_id drop not null,
    add column call_id bigint references grant_call (id),
    add constraint issued_document_one_owner check ((proposal_id is null) <> (call_id is null));

create unique index issued_document_call_key on issued_document (call_id, kind, reference) where call_id is not null;
