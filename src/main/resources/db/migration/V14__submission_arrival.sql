-- Deadline day (docs/adr/0006): a submission is judged in time by the instant its request arrived at the server,
-- stamped before it queues; received_at stays the instant the register stored it (and gave its number). Rows from
-- before this migration were judged at their registration: their arrival is taken to be that instant.
alter table submission add column arrived_at timestamp with time zone;
update submission set arrived_at = received_at;
alter table submission alter column arrived_at set not null;

-- The arrival is frozen with the rest of the submission (V12's submission_frozen guards the other columns).
create function submission_arrival_frozen() returns trigger language plpgsql as $$
begin
    if new.arrived_at is distinct from old.arrived_at then
        raise exception 'openbando: UPDATE of submission % is refused: its arrival time is frozen', old.id
            using errcode = 'P0001';
    end if;
    return new;
end
$$;

create trigger submission_arrival_frozen before update on submission
    for each row execute function submission_arrival_frozen();
