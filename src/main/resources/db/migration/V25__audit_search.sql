-- Issue 15: the search of the audit trail (report.AuditSearch over shared.AuditTrail). By call, project or
-- organisation the rows are found through audit_event_entity (V1: entity_type, entity_id); by user, by kind of act
-- and by period through these. Each ends with the id, the keyset of the pages (newest first). The table stays
-- append-only (V12): indexes change no row.
create index audit_event_actor on audit_event (actor, id);
create index audit_event_action on audit_event (action, id);
create index audit_event_occurred on audit_event (occurred_at, id);
