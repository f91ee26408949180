-- candidacy: one application per person per council type (DOMAIN §2). Owned by org.entekhabat.candidacy.
create table candidate_application (
    id                  uuid primary key,
    tracking_id         text unique,                      -- شناسه رهگیری, set on submission
    national_code       char(10) not null,
    first_name          text not null,
    last_name           text not null,
    birth_date          date not null,                    -- from the civil registry
    sex                 text not null check (sex in ('MALE', 'FEMALE')),
    constituency_id     text not null,
    constituency_name   text not null,
    council_type        text not null check (council_type in ('CITY', 'VILLAGE')),
    population          bigint not null,                  -- the constituency's facts as used by the rules
    households          bigint not null,
    tehran_list_pr      boolean not null,
    education           text,
    education_code      text,
    prior_council_member boolean not null default false,
    facts               jsonb not null default '{}',      -- allowances, Art. 41 offices, military service, criminal record
    answers             jsonb not null default '{}',      -- the candidacy questionnaire (پرسشنامه اعلام داوطلبی)
    status              text not null check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    submitted_at        timestamptz,
    withdrawn_at        timestamptz,
    withdrawal_reason   text,
    check (status <> 'SUBMITTED' or (tracking_id is not null and submitted_at is not null)),
    check (status <> 'WITHDRAWN' or withdrawn_at is not null)
);

-- exactly one constituency per council type per person; a withdrawn application frees the slot
create unique index candidate_application_one_per_type
    on candidate_application (national_code, council_type) where status <> 'WITHDRAWN';
create index candidate_application_constituency on candidate_application (constituency_id, status);
create index candidate_application_submitted on candidate_application (submitted_at) where status = 'SUBMITTED';
