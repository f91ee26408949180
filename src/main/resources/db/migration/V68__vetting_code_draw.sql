-- vetting: the public draw of ballot codes per constituency, reproducible from the recorded seed and inputs.
create table vetting_code_draw (
    constituency_id text not null,
    kind            text not null check (kind in ('CANDIDATE', 'LIST')),
    seed            text not null,
    first_code      integer not null,
    sorted_ids      jsonb not null,
    drawn_at        timestamptz not null,
    drawn_by        text not null,
    primary key (constituency_id, kind)
);
create table vetting_code (
    constituency_id text not null,
    kind            text not null,
    subject         text not null,                   -- candidate tracking id or list title
    code            integer not null,
    primary key (constituency_id, kind, subject),
    unique (constituency_id, code),                  -- candidate and list codes never collide
    foreign key (constituency_id, kind) references vetting_code_draw (constituency_id, kind)
);
