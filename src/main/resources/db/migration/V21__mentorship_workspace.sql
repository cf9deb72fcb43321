-- The mentorship workspace, programs on requests and mentorships, feedback after sessions, nudges (issue 12).

-- The program a request was sent in (from ?program=), and that its mentorship then belongs to; null outside programs.
-- Rows older than this migration have none: the dashboard and attention lists fall back to members' join dates there.
alter table match_request add column program_id uuid references program (id) on delete set null;
create index match_request_program_idx on match_request (program_id, created_at) where program_id is not null;

alter table mentorship
    add column program_id       uuid references program (id) on delete set null,
    -- Goal slugs the pair agreed, picked from the request's goals at first and editable by both.
    add column goals            text[]       not null default '{}',
    -- How often and how long they meet; null until agreed (defaults come from the program's check-in cadence).
    add column cadence_weeks    integer,
    add column session_minutes  integer,
    -- Shared notes in Markdown, rendered sanitised; private to the pair.
    add column notes            text         not null default '',
    add column notes_updated_at timestamptz,
    add column notes_updated_by uuid references member (id) on delete set null,
    add column planned_end      date,
    -- How it ended: COMPLETED, or ENDED_EARLY by ended_by with a reason.
    add column outcome          varchar(16),
    add column ended_by         uuid references member (id) on delete set null,
    add column end_reason       varchar(1000),
    -- Each match factor's points (tenths) when the request was accepted: {"skill": 312, "stage": 150, ...}.
    add column match_factors    jsonb,
    -- Optimistic lock for edits of goals, cadence, notes and the planned end by both members at once.
    add column version          bigint       not null default 0,
    add constraint mentorship_cadence_ck check (cadence_weeks is null or cadence_weeks in (1, 2, 4)),
    add constraint mentorship_minutes_ck check (session_minutes is null or session_minutes in (30, 45, 60)),
    add constraint mentorship_outcome_ck check (outcome is null or outcome in ('COMPLETED', 'ENDED_EARLY')),
    add constraint mentorship_outcome_ended_ck check (outcome is null or status = 'ENDED');
create index mentorship_program_idx on mentorship (program_id, started_at) where program_id is not null;

-- A checklist either member can add to and tick; who did what and when.
create table mentorship_milestone (
    id            uuid primary key,
    mentorship_id uuid          not null references mentorship (id) on delete cascade,
    title         varchar(200)  not null,
    created_by    uuid references member (id) on delete set null,
    created_at    timestamptz   not null,
    done_by       uuid references member (id) on delete set null,
    done_at       timestamptz
);
create index mentorship_milestone_mentorship_idx on mentorship_milestone (mentorship_id, created_at);

-- Feedback after a held session: one per session and member, private to the pair.
create table session_feedback (
    session_id    uuid          not null references mentoring_session (id) on delete cascade,
    member_id     uuid          not null references member (id),
    rating        smallint      not null,
    comment       varchar(2000),
    -- Progress per agreed goal: {"career-growth": "some", ...}.
    goal_progress jsonb         not null default '{}',
    created_at    timestamptz   not null,
    primary key (session_id, member_id),
    constraint session_feedback_rating_ck check (rating between 1 and 5)
);

-- When the pair was asked for feedback on the session (once, when it ended).
alter table mentoring_session add column feedback_asked_at timestamptz;
create index mentoring_session_feedback_due_idx on mentoring_session (ends_at)
    where feedback_asked_at is null and status in ('CONFIRMED', 'HELD');

-- One nudge per inactive spell: the mentorship's last activity (its start or its latest session) when nudged.
create table mentorship_nudge (
    mentorship_id  uuid        not null references mentorship (id) on delete cascade,
    inactive_since timestamptz not null,
    nudged_at      timestamptz not null,
    primary key (mentorship_id, inactive_since)
);
