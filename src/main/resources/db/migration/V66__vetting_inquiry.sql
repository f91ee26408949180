-- vetting: the inquiries to the five authorities (مراجع پنجگانه); a missing answer stays null, never "clear".
create table vetting_inquiry (
    candidate    text not null references vetting_case (candidate),
    authority    text not null check (authority in ('CIVIL_REGISTRATION', 'JUDICIARY', 'MINISTRY_OF_INTELLIGENCE',
                     'IRGC_INTELLIGENCE', 'POLICE')),
    sent_at      timestamptz not null,
    deadline     timestamptz not null,
    answered_at  timestamptz,
    finding      boolean,
    answer_text  text,
    primary key (candidate, authority),
    check ((answered_at is null) = (finding is null))
);
