-- The skill taxonomy: a tree of skill areas. Slugs are stable public ids; retired skills stay on old profiles
-- but are not offered for new ones.
create table skill (
    id         bigint generated always as identity primary key,
    slug       varchar(80)  not null,
    name_en    varchar(120) not null,
    name_zh    varchar(120) not null,
    parent_id  bigint references skill (id),
    synonyms   varchar(120)[] not null default '{}',
    retired    boolean not null default false,
    position   integer not null default 0,
    constraint skill_slug_uk unique (slug),
    constraint skill_slug_format_ck check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint skill_not_own_parent_ck check (parent_id is null or parent_id <> id)
);

create index skill_parent_idx on skill (parent_id);
