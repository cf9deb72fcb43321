-- Company programs: organizations own programs; programs run cohorts; members join programs. Every program-scoped
-- query goes through program_id, and organization admins are the program admins of all their organization's programs.
create table organization (
    id          uuid primary key,
    name        varchar(200) not null,
    created_at  timestamptz  not null,
    constraint organization_name_uk unique (name)
);

create table organization_admin (
    organization_id  uuid        not null references organization (id),
    member_id        uuid        not null references member (id),
    appointed_at     timestamptz not null,
    primary key (organization_id, member_id)
);
create index organization_admin_member_idx on organization_admin (member_id);

create table program (
    id                     uuid primary key,
    organization_id        uuid          not null references organization (id),
    name                   varchar(200)  not null,
    description            varchar(4000) not null default '',
    audience               varchar(16)   not null,
    matching_mode          varchar(16)   not null,
    eligibility            varchar(16)   not null,
    -- The email domain (eligibility EMAIL_DOMAIN) or the Keycloak group (KEYCLOAK_GROUP).
    eligibility_value      varchar(255),
    enrolment_opens_on     date,
    enrolment_closes_on    date,
    -- Secret part of the join link (/join/{code}); rotating it invalidates old links.
    join_code              varchar(64)   not null,
    -- Matching weight overrides; null means the engine's defaults.
    weights                jsonb,
    -- Extra onboarding questions: [{"id","text","kind","options":[...], "feedsMatching"}].
    questions              jsonb         not null default '[]',
    relationship_months    integer       not null default 6,
    check_in_days          integer       not null default 14,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    constraint program_join_code_uk unique (join_code),
    constraint program_name_uk unique (organization_id, name),
    constraint program_audience_ck check (audience in ('OPEN', 'RESTRICTED')),
    constraint program_mode_ck check (matching_mode in ('SELF_SERVICE', 'ADMIN_RUN', 'HYBRID')),
    constraint program_eligibility_ck check (eligibility in ('INVITE_ONLY', 'EMAIL_DOMAIN', 'KEYCLOAK_GROUP')),
    constraint program_eligibility_value_ck check (eligibility = 'INVITE_ONLY' or eligibility_value is not null),
    constraint program_window_ck check (enrolment_closes_on is null or enrolment_opens_on is null
        or enrolment_closes_on >= enrolment_opens_on),
    constraint program_months_ck check (relationship_months between 1 and 36),
    constraint program_check_in_ck check (check_in_days between 1 and 180)
);
create index program_organization_idx on program (organization_id);

create table program_member (
    program_id   uuid        not null references program (id),
    member_id    uuid        not null references member (id),
    -- What the member does in this program.
    role         varchar(16) not null,
    -- How they came in: INVITE, LINK, IMPORT, SELF.
    source       varchar(16) not null,
    -- Answers to the program's extra questions: {"questionId": "answer" | ["a","b"]}.
    answers      jsonb       not null default '{}',
    joined_at    timestamptz not null,
    left_at      timestamptz,
    primary key (program_id, member_id),
    constraint program_member_role_ck check (role in ('MENTEE', 'MENTOR', 'BOTH')),
    constraint program_member_source_ck check (source in ('INVITE', 'LINK', 'IMPORT', 'SELF'))
);
create index program_member_member_idx on program_member (member_id) where left_at is null;

create table program_invitation (
    id            uuid primary key,
    program_id    uuid         not null references program (id),
    email         varchar(320) not null,
    display_name  varchar(200),
    role          varchar(16)  not null,
    source        varchar(16)  not null,
    -- Whatever else an import row carried (skills, department), applied when the invitation is accepted.
    details       jsonb        not null default '{}',
    token         varchar(64)  not null,
    invited_by    uuid         references member (id),
    invited_at    timestamptz  not null,
    accepted_at   timestamptz,
    accepted_by   uuid         references member (id),
    constraint program_invitation_token_uk unique (token),
    constraint program_invitation_role_ck check (role in ('MENTEE', 'MENTOR', 'BOTH')),
    constraint program_invitation_source_ck check (source in ('INVITE', 'IMPORT'))
);
-- One invitation per address and program (addresses compared lower-case).
create unique index program_invitation_email_uk on program_invitation (program_id, lower(email));

create table cohort (
    id                   uuid primary key,
    program_id           uuid         not null references program (id),
    name                 varchar(200) not null,
    state                varchar(16)  not null default 'DRAFT',
    enrolment_closes_on  date,
    created_at           timestamptz  not null,
    state_changed_at     timestamptz  not null,
    constraint cohort_name_uk unique (program_id, name),
    constraint cohort_state_ck check (state in ('DRAFT', 'ENROLLING', 'MATCHING', 'ACTIVE', 'CLOSED'))
);
create index cohort_program_idx on cohort (program_id);

create table cohort_enrolment (
    cohort_id    uuid        not null references cohort (id),
    member_id    uuid        not null references member (id),
    role         varchar(16) not null,
    enrolled_at  timestamptz not null,
    primary key (cohort_id, member_id),
    constraint cohort_enrolment_role_ck check (role in ('MENTEE', 'MENTOR', 'BOTH'))
);

-- Who did what to which admin-managed thing, with the state before and after. Never updated, never deleted.
create table audit_event (
    id               uuid primary key,
    occurred_at      timestamptz  not null,
    actor_id         uuid         references member (id),
    organization_id  uuid         references organization (id),
    program_id       uuid         references program (id),
    action           varchar(64)  not null,
    target_type      varchar(32)  not null,
    target_id        varchar(64)  not null,
    before_state     jsonb,
    after_state      jsonb
);
create index audit_event_program_idx on audit_event (program_id, occurred_at desc);
create index audit_event_organization_idx on audit_event (organization_id, occurred_at desc);
create index audit_event_time_idx on audit_event (occurred_at desc);
