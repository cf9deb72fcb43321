-- Rate limits (dev.mentorhub.common.ratelimit.RateLimiter): one row per limited thing, subject and fixed time window,
-- counted with an atomic INSERT ... ON CONFLICT DO UPDATE ... RETURNING in the caller's transaction, so the count
-- holds across app instances and a refused or rolled-back action does not count.
create table rate_limit_counter (
    -- What is limited, e.g. 'requests-sent' (subject: the sender) or 'invitations' (subject: the organization).
    bucket        varchar(40) not null,
    subject_id    uuid        not null,
    window_start  timestamptz not null,
    used          integer     not null,
    constraint rate_limit_counter_pk primary key (bucket, subject_id, window_start),
    constraint rate_limit_counter_used_ck check (used >= 0)
);

-- The outbox claim: each claim of a message gets a fresh token; only the holder of the current token may mark the
-- message sent or reschedule it, so a worker whose lease ran out cannot overwrite the next holder's outcome.
alter table outbox_message add column claim_token uuid;
-- Messages claimed before this migration keep their lease under a token of their own.
update outbox_message set claim_token = gen_random_uuid() where status = 'SENDING';
alter table outbox_message drop constraint outbox_message_lease_ck;
alter table outbox_message add constraint outbox_message_lease_ck
    check (status <> 'SENDING' or (claimed_by is not null and claimed_until is not null and claim_token is not null));
