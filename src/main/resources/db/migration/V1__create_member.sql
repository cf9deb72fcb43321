-- A member is anyone who has signed in; the OIDC subject ties the row to the identity provider.
create table member (
    id            uuid primary key,
    oidc_subject  varchar(255) not null,
    username      varchar(255) not null,
    display_name  varchar(200) not null,
    email         varchar(320),
    created_at    timestamptz  not null default now(),
    last_seen_at  timestamptz  not null default now(),
    constraint member_oidc_subject_uk unique (oidc_subject)
);
