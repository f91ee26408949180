-- candidacy: a constituency's candidate list becomes final (after vetting); from then on nobody may withdraw.
create table candidate_list_final (
    constituency_id text not null,
    council_type    text not null check (council_type in ('CITY', 'VILLAGE')),
    finalized_at    timestamptz not null,
    finalized_by    text not null,
    primary key (constituency_id, council_type)
);
