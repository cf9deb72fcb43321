-- The transactional email outbox: a mail is a row written in the same transaction as the change that causes it,
-- rendered at that moment, and sent later by a worker that claims rows with FOR UPDATE SKIP LOCKED.
create table outbox_message (
    id                   uuid primary key,
    -- The caller's idempotency key, e.g. 'request-accepted:<requestId>:<memberId>': the same event gives one mail.
    message_key          varchar(200)  not null,
    recipient_email      varchar(320)  not null,
    recipient_member_id  uuid          references member (id) on delete set null,
    template             varchar(100)  not null,
    locale               varchar(35)   not null,
    subject              varchar(500)  not null,
    html_body            text          not null,
    text_body            text          not null,
    status               varchar(16)   not null default 'PENDING',
    attempts             integer       not null default 0,
    next_attempt_at      timestamptz   not null,
    -- The lease: which worker holds the row, and until when; after that another worker may claim it.
    claimed_by           varchar(120),
    claimed_until        timestamptz,
    sending_started_at   timestamptz,
    last_error           text,
    created_at           timestamptz   not null,
    sent_at              timestamptz,
    constraint outbox_message_key_uk unique (message_key),
    constraint outbox_message_status_ck check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    constraint outbox_message_attempts_ck check (attempts >= 0),
    constraint outbox_message_lease_ck check (status <> 'SENDING' or (claimed_by is not null and claimed_until is not null)),
    constraint outbox_message_sent_ck check (status <> 'SENT' or sent_at is not null)
);

-- The worker's claim query: due PENDING rows, and SENDING rows whose lease has expired.
create index outbox_message_due_idx on outbox_message (next_attempt_at) where status = 'PENDING';
create index outbox_message_lease_idx on outbox_message (claimed_until) where status = 'SENDING';
-- The dev mail page: newest first.
create index outbox_message_created_idx on outbox_message (created_at desc);
