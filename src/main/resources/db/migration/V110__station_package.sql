-- Station packages (polling module): what each station node needs on election day, as JSON
-- (see StationPackage). Loaded by `entekhabat station package import FILE`; served to the
-- station's registered devices at GET /station-api/package?station=CODE.
create table station_package (
    station_code text        primary key,
    election_id  text        not null,
    county_id    text,
    province_id  text,
    station_name text        not null default '',
    json         text        not null,
    loaded_at    timestamptz not null
);

create index station_package_county on station_package (county_id);

-- Live turnout by sex and age band (voters module): filled from the civil registry when central
-- answers a claim, so turnout needs no second look-up. Null for rows claimed before this column.
alter table participation add column sex text;
alter table participation add column age_band text;
