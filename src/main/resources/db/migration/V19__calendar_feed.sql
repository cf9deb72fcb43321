-- Each member's secret calendar subscription (issue 12): /calendar/{token}.ics lists their sessions without a
-- sign-in, as calendar apps poll it. A new token replaces the old one, which then answers 404.
create table calendar_feed (
    member_id  uuid primary key references member (id),
    token      text        not null,
    created_at timestamptz not null,
    constraint calendar_feed_token_uk unique (token)
);
