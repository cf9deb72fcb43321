-- MentorHub trusts an address only when Keycloak verified it (issue 10). Rows written before that rule hold an address
-- nobody checked: it stays for mail, but counts for nothing (email-domain eligibility, invitations, appointment by
-- email) until the person signs in again with a verified address, which sets the flag.
alter table member
    add column email_verified boolean not null default false;
