-- Match requests (a mentee asks a mentor, or a peer asks a peer) and the mentorships that accepting one creates.
create table match_request (
    id              uuid primary key,
    sender_id       uuid          not null references member (id),
    -- The mentor asked, or the peer.
    recipient_id    uuid          not null references member (id),
    kind            varchar(16)   not null,
    message         varchar(2000) not null,
    -- Goal slugs the sender chose for this request.
    goals           text[]        not null default '{}',
    status          varchar(16)   not null default 'PENDING',
    -- Private to the recipient: never shown to the sender.
    decline_reason  varchar(1000),
    created_at      timestamptz   not null,
    decided_at      timestamptz,
    expires_at      timestamptz   not null,
    reminded_at     timestamptz,
    constraint match_request_kind_ck check (kind in ('MENTORING', 'PEER')),
    constraint match_request_status_ck check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')),
    constraint match_request_not_self_ck check (sender_id <> recipient_id),
    constraint match_request_decided_ck check (status = 'PENDING' or decided_at is not null)
);

-- One open request from a sender to the same recipient at a time.
create unique index match_request_one_pending_uk on match_request (sender_id, recipient_id) where status = 'PENDING';
create index match_request_sender_idx on match_request (sender_id, created_at desc);
create index match_request_recipient_idx on match_request (recipient_id, created_at desc);
-- The expiry job: pending requests by due time.
create index match_request_pending_expiry_idx on match_request (expires_at) where status = 'PENDING';

create table mentorship (
    id          uuid primary key,
    mentor_id   uuid        not null references member (id),
    mentee_id   uuid        not null references member (id),
    request_id  uuid        not null references match_request (id),
    status      varchar(16) not null default 'ACTIVE',
    started_at  timestamptz not null,
    ended_at    timestamptz,
    constraint mentorship_request_uk unique (request_id),
    constraint mentorship_status_ck check (status in ('ACTIVE', 'ENDED')),
    constraint mentorship_ended_ck check (status <> 'ENDED' or ended_at is not null),
    constraint mentorship_not_self_ck check (mentor_id <> mentee_id)
);

-- At most one active mentorship per pair; capacity itself is kept by locking the mentor's profile row (see docs).
create unique index mentorship_active_pair_uk on mentorship (mentor_id, mentee_id) where status = 'ACTIVE';
create index mentorship_mentor_active_idx on mentorship (mentor_id) where status = 'ACTIVE';
create index mentorship_mentee_idx on mentorship (mentee_id);
