-- Sessions that end on the server (issue 12, finding M3): every login cookie carries the user's session epoch at
-- login; logging out, changing the password and being disabled increment it, so every cookie issued before stops
-- working. A disabled user (disabled_at set) can neither log in nor use a session.
alter table app_user add column session_epoch integer not null default 0;
alter table app_user add column disabled_at timestamp with time zone;
