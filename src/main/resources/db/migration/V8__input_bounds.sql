-- Every string fits its column (issue 12, docs/adr/0005-errors-and-authorization.md): where a varchar bound was
-- arbitrary and the text written is JSON (whose escaping makes it longer than the characters validation counts) or
-- a value of another table, the column becomes text; the bounds are the request records' (@Size) and the services'.
-- A draft's content: bounded by ProposalContent's sizes and by ProposalService (the length of its JSON).
alter table proposal alter column content type text;
-- An officer's reasons or missing documents: 20 items of 1,000 characters each, as a JSON array.
alter table admissibility_step alter column items type text;
-- The states of the audit trail carry values of other tables (a user's roles: up to 200 characters): the trail
-- refuses none of them.
alter table audit_event alter column from_state type text;
alter table audit_event alter column to_state type text;
