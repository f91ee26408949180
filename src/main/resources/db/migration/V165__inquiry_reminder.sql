-- Reminders sent to an inquiry authority about an unanswered inquiry (یادآوری). One row per
-- (inquiry, kind): the primary key makes sending idempotent (a reminder due once is sent once).
create table inquiry_reminder (
    candidate  text        not null,
    authority  text        not null,
    kind       text        not null check (kind ~ '^(DEADLINE|SHARE_[0-9]{1,2})$'),
    sent_at    timestamptz not null,
    sent_by    text        not null,
    primary key (candidate, authority, kind),
    foreign key (candidate, authority) references vetting_inquiry (candidate, authority)
);
