-- Removing a member holds, and check-then-insert races end in one row (issue 10; docs/programs.md, "Membership").

-- An admin's removal is remembered: the member cannot come back by themselves (join link, open joining, an
-- invitation sent before the removal) until an admin invites them again. Leaving by oneself leaves it null.
alter table program_member
    add column removed_at timestamptz;

-- Program and cohort names were checked ignoring case but constrained with case, so two requests at once could
-- store "Mentoring" and "MENTORING". Rename such late twins (keeping the oldest as it is) before the constraints
-- become case-insensitive: the name gets the first 8 characters of its id, which cannot collide, within 200.
update program p set name = left(p.name, 189) || ' (' || left(p.id::text, 8) || ')'
from (select id, row_number() over (partition by organization_id, lower(name) order by created_at, id) as n
      from program) twins
where twins.id = p.id and twins.n > 1;
alter table program drop constraint program_name_uk;
create unique index program_name_uk on program (organization_id, lower(name));

update cohort c set name = left(c.name, 189) || ' (' || left(c.id::text, 8) || ')'
from (select id, row_number() over (partition by program_id, lower(name) order by created_at, id) as n
      from cohort) twins
where twins.id = c.id and twins.n > 1;
alter table cohort drop constraint cohort_name_uk;
create unique index cohort_name_uk on cohort (program_id, lower(name));

-- One active mentorship per pair whichever way round: crossed requests (A asks B, B asks A) accepted at the same
-- moment made two. Where that happened, the earliest stays active and the later ones end now.
update mentorship m set status = 'ENDED', ended_at = now()
from (select id, row_number() over (partition by least(mentor_id, mentee_id), greatest(mentor_id, mentee_id)
                                    order by started_at, id) as n
      from mentorship where status = 'ACTIVE') twins
where twins.id = m.id and twins.n > 1;
drop index mentorship_active_pair_uk;
create unique index mentorship_active_pair_uk on mentorship (least(mentor_id, mentee_id),
    greatest(mentor_id, mentee_id)) where status = 'ACTIVE';
