-- The audit of an organisation's registration and changes records its declarations, before and after (finding M5):
-- with 50 partner and linked enterprises of 300-character names that is tens of thousands of characters, beyond
-- varchar(2000). The request's own bounds limit it. Widening a varchar to text rewrites no row.
alter table audit_event alter column detail type text;
