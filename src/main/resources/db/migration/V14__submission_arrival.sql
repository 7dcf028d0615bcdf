-- Deadline day (docs/adr/0006): a submission is judged in time by the instant its request arrived at the server,
-- stamped before it queues; received_at stays the instant the register stored it (and gave its number). Rows from
-- before this migration were judged at their registration: their arrival is taken to be that instant.
alter table submission add column arrived_at timestamp with time zone;
update submission set arrived_at = received_at;
alter table submission alter column arrived_at set not null;
