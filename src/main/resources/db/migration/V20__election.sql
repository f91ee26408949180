-- The election definition: constituencies (حوزه‌های انتخابیه), contests and ballot styles.
-- Constituencies keep copies of division ids (no foreign keys) so an election stays as it was loaded.
create table election (
    id                   text primary key,
    name_fa              text not null,
    name_en              text not null,
    election_day         date not null,
    election_day_jalali  text not null,
    residence_enabled    boolean not null,
    residence_threshold  bigint not null,
    residence_years      integer not null,
    source_text          text not null,       -- the YAML as loaded
    loaded_at            timestamptz not null,
    is_current           boolean not null default false
);
create unique index election_one_current on election(is_current) where is_current;

create table election_constituency (
    election_id text not null references election(id) on delete cascade,
    id          text not null,
    kind        text not null check (kind in ('CITY_COUNCIL', 'VILLAGE_COUNCIL', 'LIST_PR_COUNCIL', 'MAJLIS', 'EXPERTS')),
    name_fa     text not null,
    name_en     text not null,
    province_id integer not null,
    primary key (election_id, id)
);

create table election_constituency_county (
    election_id     text not null,
    constituency_id text not null,
    county_id       bigint not null,
    position        integer not null,
    primary key (election_id, constituency_id, county_id),
    foreign key (election_id, constituency_id) references election_constituency(election_id, id) on delete cascade
);
create index election_constituency_county_county on election_constituency_county(election_id, county_id);

create table election_constituency_place (
    election_id     text not null,
    constituency_id text not null,
    place_type      text not null check (place_type in ('CITY', 'VILLAGE')),
    place_id        bigint not null,
    name            text not null,
    primary key (election_id, place_type, place_id),
    foreign key (election_id, constituency_id) references election_constituency(election_id, id) on delete cascade
);
create index election_constituency_place_c on election_constituency_place(election_id, constituency_id);

create table election_contest (
    election_id        text not null,
    constituency_id    text not null,
    rule               text not null check (rule in ('block-plurality', 'list-proportional', 'single-plurality')),
    seats              integer not null check (seats >= 1),
    alternates         integer not null check (alternates >= 0),
    population         bigint,
    population_source  text not null,
    residence_required boolean not null,
    primary key (election_id, constituency_id),
    foreign key (election_id, constituency_id) references election_constituency(election_id, id) on delete cascade
);

create table election_ballot_style (
    election_id text not null references election(id) on delete cascade,
    id          text not null,
    contest_ids text[] not null,
    primary key (election_id, id)
);

create table election_ballot_style_place (
    election_id     text not null,
    place_type      text not null check (place_type in ('CITY', 'VILLAGE')),
    place_id        bigint not null,
    ballot_style_id text not null,
    primary key (election_id, place_type, place_id),
    foreign key (election_id, ballot_style_id) references election_ballot_style(election_id, id) on delete cascade
);
