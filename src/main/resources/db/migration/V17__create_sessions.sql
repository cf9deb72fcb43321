-- Sessions of a mentorship (issue 12): one pair meets at a time in a zone, proposed by one side, accepted, moved,
-- cancelled, then marked held or missed. SEQUENCE counts the changes, as the calendar invites (RFC 5545) need.
create table mentoring_session (
    id             uuid primary key,
    mentorship_id  uuid        not null references mentorship (id),
    proposed_by    uuid        not null references member (id),
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    time_zone      text        not null,
    location       text,
    agenda         text,
    status         text        not null,
    sequence       integer     not null default 0,
    reason         text,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    constraint mentoring_session_status_ck
        check (status in ('PROPOSED', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'HELD', 'MISSED')),
    constraint mentoring_session_length_ck
        check (ends_at >= starts_at + interval '15 minutes' and ends_at <= starts_at + interval '4 hours')
);
create index mentoring_session_mentorship_idx on mentoring_session (mentorship_id, starts_at);
create index mentoring_session_upcoming_idx on mentoring_session (starts_at) where status = 'CONFIRMED';

-- Who is held by a proposed or confirmed session, and when. A row exists only while the session is proposed or
-- confirmed. The exclusion constraint is the guarantee that nobody is ever double-booked, even when many bookings
-- race: two rows of one member may not overlap in time.
create extension if not exists btree_gist;
create table session_attendee (
    session_id uuid      not null references mentoring_session (id) on delete cascade,
    member_id  uuid      not null references member (id),
    during     tstzrange not null,
    primary key (session_id, member_id),
    constraint session_attendee_no_double_booking exclude using gist (member_id with =, during with &&)
);
