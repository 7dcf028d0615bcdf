-- A submission's rows are found by proposal through the unique index on (proposal_id, idempotency_key), whose first
-- column is the proposal: the separate index on proposal_id only cost every submission one more index entry.
drop index if exists submission_proposal;
