-- A member blocks another member: the pair is never suggested to each other, requests between them are refused,
-- and the blocked member no longer appears in the blocker's directory. Only the blocker sees the block.
create table member_block (
    blocker_id  uuid        not null references member (id),
    blocked_id  uuid        not null references member (id),
    created_at  timestamptz not null,
    constraint member_block_pk primary key (blocker_id, blocked_id),
    constraint member_block_not_self_ck check (blocker_id <> blocked_id)
);

-- "Who blocked me": the matching index and request checks look up both directions.
create index member_block_blocked_idx on member_block (blocked_id);
