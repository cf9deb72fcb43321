-- Meetup events (issue 13): one-off events and recurring series, RSVPs with capacity and a FIFO waitlist, door
-- check-in with ticket codes, reminders.

-- A recurring series: an RFC 5545 RRULE from its first start in its zone (expanded with ical4j, so local times hold
-- across DST changes). Its occurrences are rows of event, made a few ahead by a scheduled job; the most recent
-- occurrence not edited on its own is the template for the next. "This and following" edits end the series
-- (an UNTIL before the occurrence) and start a new one from it (previous_id).
create table event_series (
    id           uuid primary key,
    organizer_id uuid        not null references member (id),
    program_id   uuid references program (id) on delete cascade,
    rule         text        not null,
    first_start  timestamptz not null,
    time_zone    text        not null,
    minutes      integer     not null,
    status       text        not null,
    previous_id  uuid references event_series (id) on delete set null,
    sequence     integer     not null default 0,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    constraint event_series_status_ck check (status in ('ACTIVE', 'ENDED', 'CANCELLED')),
    constraint event_series_minutes_ck check (minutes between 15 and 1440)
);

create table event (
    id               uuid primary key,
    series_id        uuid references event_series (id) on delete cascade,
    -- The occurrence's start as the series rule gives it (its RECURRENCE-ID), even after it moved.
    occurrence_start timestamptz,
    -- Edited on its own ("this occurrence"): no longer the template of the series' next occurrences.
    detached         boolean      not null default false,
    organizer_id     uuid         not null references member (id),
    co_organizer_ids uuid[]       not null default '{}',
    program_id       uuid references program (id) on delete cascade,
    title            varchar(200) not null,
    description      text         not null default '',
    type             text         not null,
    format           text         not null,
    -- Where exactly, and the link: shown to confirmed attendees and the organizers only. The city is public.
    venue            varchar(200),
    address          varchar(500),
    online_link      varchar(1000),
    city             varchar(100),
    starts_at        timestamptz  not null,
    ends_at          timestamptz  not null,
    time_zone        text         not null,
    -- Null: unlimited.
    capacity         integer,
    rsvp_deadline    timestamptz,
    -- Members with two or more recent no-shows wait behind the others.
    no_shows_wait    boolean      not null default false,
    skills           text[]       not null default '{}',
    status           text         not null,
    cancel_reason    varchar(1000),
    sequence         integer      not null default 0,
    -- Kept by the RSVP steps under the event's row lock: the seats taken and the queue, read by lists without a count.
    going_count      integer      not null default 0,
    waiting_count    integer      not null default 0,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    constraint event_status_ck check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    constraint event_type_ck check (type in ('MEETUP', 'WEBINAR', 'PAPER_READING', 'STUDY_GROUP', 'CONFERENCE_OUTING')),
    constraint event_format_ck check (format in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    constraint event_length_ck check (ends_at > starts_at and ends_at <= starts_at + interval '14 days'),
    constraint event_capacity_ck check (capacity is null or capacity between 1 and 100000),
    constraint event_never_overbooked_ck check (capacity is null or going_count <= capacity),
    -- Deferred: a "this and following" edit moves several occurrences at once, briefly crossing each other's starts.
    constraint event_occurrence_uk unique (series_id, occurrence_start) deferrable initially deferred
);
create index event_upcoming_idx on event (starts_at) where status <> 'DRAFT';
create index event_program_idx on event (program_id, starts_at) where program_id is not null;
create index event_organizer_idx on event (organizer_id, starts_at);
create index event_skills_idx on event using gin (skills);

-- Arrival order of RSVPs across all events: the waitlist is served by it (after the no-show rule).
create sequence event_rsvp_arrival;

create table event_rsvp (
    event_id      uuid        not null references event (id) on delete cascade,
    member_id     uuid        not null references member (id) on delete cascade,
    status        text        not null,
    arrival       bigint      not null,
    -- Waits behind the others (two or more recent no-shows, when the event asks for it).
    behind        boolean     not null default false,
    ticket_code   varchar(14),
    checked_in_at timestamptz,
    responded_at  timestamptz not null,
    updated_at    timestamptz not null,
    primary key (event_id, member_id),
    constraint event_rsvp_status_ck check (status in ('GOING', 'WAITLISTED', 'NOT_GOING')),
    constraint event_rsvp_ticket_ck check ((status = 'GOING') = (ticket_code is not null)),
    constraint event_rsvp_ticket_uk unique (ticket_code)
);
create index event_rsvp_queue_idx on event_rsvp (event_id, behind, arrival) where status = 'WAITLISTED';
create index event_rsvp_member_idx on event_rsvp (member_id, status);

-- Reminders sent: one row per event, attendee, kind and start time; whichever instance inserts it sends.
create table event_reminder (
    event_id  uuid        not null references event (id) on delete cascade,
    member_id uuid        not null references member (id) on delete cascade,
    kind      text        not null,
    starts_at timestamptz not null,
    sent_at   timestamptz not null,
    primary key (event_id, member_id, kind, starts_at)
);
