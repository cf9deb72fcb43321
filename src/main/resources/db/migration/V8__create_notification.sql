-- In-app notifications: one row per thing a member should know about, written in the transaction of the change
-- (a request step, a mentorship ending), so it exists exactly when the change does. The page words each one in the
-- reader's language from its kind and the other person's current name.
create table notification (
    id            uuid primary key,
    recipient_id  uuid         not null references member (id),
    -- What happened, e.g. 'request-received', 'request-accepted', 'mentorship-ended'.
    kind          varchar(40)  not null,
    -- The other person it is about (shown with their current name), and the request or mentorship it concerns.
    actor_id      uuid         references member (id),
    subject_id    uuid,
    -- Where opening it leads: a path inside the app, never another site.
    link          varchar(300) not null,
    created_at    timestamptz  not null,
    read_at       timestamptz,
    constraint notification_link_ck check (link like '/%' and link not like '//%')
);

-- The list, newest first.
create index notification_recipient_idx on notification (recipient_id, created_at desc, id desc);
-- The bell on every page: counting a member's unread rows reads only this small partial index.
create index notification_unread_idx on notification (recipient_id) where read_at is null;
