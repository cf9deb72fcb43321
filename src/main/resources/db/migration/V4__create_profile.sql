-- Profiles: how members describe themselves as mentor, mentee or both, for matching and the directory.
alter table member add column deleted_at timestamptz;

create table profile (
    member_id               uuid primary key references member (id) on delete cascade,
    display_name            varchar(100) not null,
    headline                varchar(160),
    bio                     varchar(4000),
    career_stage            varchar(20),
    is_mentor               boolean not null default false,
    is_mentee               boolean not null default false,
    goals_text              varchar(1000),
    time_zone               varchar(64) not null default 'UTC',
    city                    varchar(100),
    country                 varchar(2),
    mentor_capacity         integer not null default 2,
    visibility              varchar(20) not null default 'EVERYONE',
    onboarding_completed_at timestamptz,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 integer not null default 0,
    constraint profile_capacity_ck check (mentor_capacity between 0 and 20),
    constraint profile_stage_ck check (career_stage in
        ('STUDENT', 'EARLY_CAREER', 'MID_LEVEL', 'SENIOR', 'STAFF_PRINCIPAL', 'LEADER_MANAGER')),
    constraint profile_visibility_ck check (visibility in ('EVERYONE', 'PROGRAMS', 'HIDDEN'))
);

create table profile_teach_skill (
    member_id   uuid not null references profile (member_id) on delete cascade,
    skill_id    bigint not null references skill (id),
    level       integer not null check (level between 1 and 5),
    primary key (member_id, skill_id)
);
create index profile_teach_skill_skill_idx on profile_teach_skill (skill_id);

create table profile_learn_skill (
    member_id   uuid not null references profile (member_id) on delete cascade,
    skill_id    bigint not null references skill (id),
    level       integer not null check (level between 1 and 5),
    primary key (member_id, skill_id)
);
create index profile_learn_skill_skill_idx on profile_learn_skill (skill_id);

create table profile_goal (
    member_id   uuid not null references profile (member_id) on delete cascade,
    goal        varchar(40) not null,
    primary key (member_id, goal)
);

create table profile_language (
    member_id   uuid not null references profile (member_id) on delete cascade,
    language    varchar(3) not null,
    primary key (member_id, language)
);
create index profile_language_idx on profile_language (language);

create table profile_format (
    member_id   uuid not null references profile (member_id) on delete cascade,
    format      varchar(16) not null,
    primary key (member_id, format)
);

-- Weekly windows in the member's own time zone, minutes since midnight, end exclusive.
create table profile_availability (
    member_id    uuid not null references profile (member_id) on delete cascade,
    day_of_week  varchar(9) not null,
    start_minute integer not null,
    end_minute   integer not null,
    primary key (member_id, day_of_week, start_minute),
    constraint availability_range_ck check (start_minute >= 0 and end_minute <= 1440 and start_minute < end_minute)
);

create table profile_link (
    member_id   uuid not null references profile (member_id) on delete cascade,
    kind        varchar(16) not null,
    url         varchar(500) not null,
    primary key (member_id, kind)
);
