-- Official divisions (تقسیمات کشوری), the 2016 census by county, villages and the census matching report.
create table geo_province (
    id         integer primary key,
    name       text not null,
    slug       text not null,
    tel_prefix text not null
);

create table geo_county (                 -- شهرستان
    id          bigint primary key,
    province_id integer not null references geo_province(id),
    name        text not null,
    slug        text not null
);
create index geo_county_province on geo_county(province_id);

create table geo_district (               -- بخش
    id          bigint primary key,
    province_id integer not null references geo_province(id),
    county_id   bigint not null references geo_county(id),
    name        text not null,
    slug        text not null
);

create table geo_city (                   -- شهر (numbered urban zones are rows of their own)
    id           bigint primary key,
    province_id  integer not null references geo_province(id),
    county_id    bigint not null references geo_county(id),
    name         text not null,
    slug         text not null,
    council_key  text not null,           -- normalized council name: zones "اراک 1" share "اراک"
    council_name text not null
);
create index geo_city_county on geo_city(county_id);

create table geo_rural_district (         -- دهستان
    id          bigint primary key,
    province_id integer not null references geo_province(id),
    county_id   bigint not null references geo_county(id),
    name        text not null,
    slug        text not null
);
create index geo_rural_district_county on geo_rural_district(county_id);

create table geo_village (                -- روستا / آبادی
    id                bigint primary key,
    rural_district_id bigint not null references geo_rural_district(id),
    name              text not null,
    population        integer not null check (population >= 0),
    households        integer not null check (households >= 0),
    population_source text not null,      -- e.g. "moi-health-centres:1404", "generated-demo"
    generated         boolean not null,
    unique (rural_district_id, name)
);

create table geo_census_row (             -- سرشماری ۱۳۹۵: one row per county, age group
    province_code text not null,
    province_name text not null,
    county_code   text not null,
    county_name   text not null,
    age_group     text not null,
    male          integer not null,
    female        integer not null,
    primary key (province_code, county_code, age_group)
);

-- the census county ↔ division county mapping (null county_id: not matched)
create table geo_census_county (
    province_code text not null,
    county_code   text not null,
    province_id   integer not null,
    name          text not null,
    population    bigint not null,
    county_id     bigint references geo_county(id),
    match_method  text not null,          -- exact, normalized, alias:<reason>, unmatched
    primary key (province_code, county_code)
);
create index geo_census_county_county on geo_census_county(county_id);

-- what could not be matched, in both directions; never dropped silently
create table geo_census_unmatched (
    side        text not null check (side in ('census-only', 'division-only')),
    province_id integer not null,
    ref         text not null,            -- census "pp/cccc" code or division county id
    name        text not null,
    population  bigint,
    primary key (side, ref)
);
