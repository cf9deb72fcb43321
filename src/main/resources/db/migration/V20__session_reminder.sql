-- Reminders sent for sessions (issue 12): one row per session, kind (24h, 1h) and start time. Whichever instance
-- inserts the row sends the reminder, so it goes out once however many instances run the job; a moved session has
-- a new start time and so gets reminders of its own.
create table session_reminder (
    session_id uuid        not null references mentoring_session (id) on delete cascade,
    kind       text        not null,
    starts_at  timestamptz not null,
    sent_at    timestamptz not null,
    primary key (session_id, kind, starts_at)
);
