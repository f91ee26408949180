-- The participation ledger (who has voted today): one row per voter and election, claimed
-- atomically from any station. The primary key IS the one-person-one-vote guarantee.
create table participation (
    election_id   text        not null,
    national_code char(10)    not null,
    station_code  text        not null,
    device_id     text        not null,
    claimed_at    timestamptz not null,
    channel       text        not null check (channel in ('ELECTRONIC', 'PAPER')),
    primary key (election_id, national_code)
);

create index participation_station on participation (election_id, station_code);

-- Paper-register uploads that collide with an existing claim: both sides, for the supervisory board.
create table participation_anomaly (
    id             bigserial   primary key,
    election_id    text        not null,
    national_code  char(10)    not null,
    first_station  text        not null,
    first_device   text        not null,
    first_at       timestamptz not null,
    first_channel  text        not null,
    second_station text        not null,
    second_device  text        not null,
    second_at      timestamptz not null,
    second_channel text        not null,
    detected_at    timestamptz not null,
    status         text        not null default 'OPEN' check (status in ('OPEN', 'RESOLVED')),
    unique (election_id, national_code, second_station, second_at)
);

create index participation_anomaly_open on participation_anomaly (election_id, status);
