-- vetting: one row per candidate's vetting case, holding the current state (org.entekhabat.vetting).
create table vetting_case (
    candidate            text primary key,               -- the candidate's tracking id
    national_code        char(10) not null,
    constituency_id      text not null,
    stage                text not null check (stage in ('REGISTERED', 'INQUIRIES_PENDING', 'EXECUTIVE_DECIDED',
                             'COUNTY_SUPERVISORY', 'INITIAL_RESULT', 'OBJECTION', 'PROVINCIAL_DECIDED', 'FINAL')),
    inquiries_sent_at    timestamptz,
    inquiries_deadline   timestamptz,
    initial_verdict      text check (initial_verdict in ('APPROVED', 'REJECTED')),
    initial_published_at timestamptz,
    objection_deadline   timestamptz,
    objection_filed_at   timestamptz,
    objection_text       text,
    final_verdict        text check (final_verdict in ('APPROVED', 'REJECTED')),
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    check (stage <> 'FINAL' or final_verdict is not null)
);
create index vetting_case_constituency on vetting_case (constituency_id, stage);
