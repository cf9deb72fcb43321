-- A program member's place in the company's org chart, set by the CSV import or by the program's admins, and the
-- program rules that use it in matching (docs/programs.md, "Org chart and program rules").
alter table program_member
    -- Free text as imported (at most 200 characters, like the import's department column); compared trimmed and
    -- ignoring case.
    add column department     varchar(200),
    -- The address of this member's direct manager; matched to the program's members by email, any case.
    add column manager_email  varchar(320);

alter table program
    add column exclude_same_department  boolean not null default false,
    add column exclude_reporting_line   boolean not null default false;
