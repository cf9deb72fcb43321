-- The iCalendar body (RFC 5545 text, e.g. a session invite) attached to the mail as invite.ics, or null for none.
alter table outbox_message add column calendar text;
