-- Polling-station registry (شعب اخذ رأی). Divisions and constituencies are referred to by their
-- official id strings; the geography module owns them.
create table station (
    code            text primary key,
    name            text not null,
    address         text not null default '',
    county_id       text not null,
    province_id     text not null,
    constituency_id text not null,
    place_type      text not null check (place_type in ('CITY', 'VILLAGE')),
    place_id        text not null,
    kind            text not null check (kind in ('FIXED', 'MOBILE')),
    expected_voters integer not null check (expected_voters >= 0),
    link_type       text check (link_type in ('FIBRE', 'LANDLINE', 'SIM')),
    source          text not null default 'manual',
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    check (county_id like province_id || '%')
);
create index station_by_county on station (county_id);
create index station_by_province on station (province_id);

-- Devices by id only: their keys live in the polling module.
create table station_terminal (
    device_id    text primary key,
    station_code text not null references station (code) on delete cascade,
    device_type  text not null check (device_type in ('AUTH_TERMINAL', 'VOTING_TERMINAL'))
);
create index station_terminal_by_station on station_terminal (station_code);

-- Who works at a station, by username and training role.
create table station_staff (
    station_code text not null references station (code) on delete cascade,
    username     text not null,
    role         text not null,
    primary key (station_code, username)
);
create index station_staff_by_user on station_staff (username);
