-- Infrastructure checklist per station (چک‌لیست زیرساخت): link tests, power, device self-tests,
-- deficiencies rolled up to the provincial election HQ.
create table station_link_test (
    id           bigserial primary key,
    station_code text not null references station (code) on delete cascade,
    link_type    text,
    samples      integer not null check (samples > 0),
    lost         integer not null check (lost >= 0 and lost <= samples),
    min_ms       double precision,
    avg_ms       double precision,
    max_ms       double precision,
    tested_at    timestamptz not null,
    reported_by  text not null
);
create index station_link_test_latest on station_link_test (station_code, tested_at desc, id desc);

create table station_power (
    station_code text primary key references station (code) on delete cascade,
    grid_ok      boolean not null,
    ups_ok       boolean not null,
    generator_ok boolean not null,
    checked_at   timestamptz not null,
    checked_by   text not null
);

create table station_terminal_test (
    id           bigserial primary key,
    station_code text not null references station (code) on delete cascade,
    device_id    text not null,
    passed       boolean not null,
    note         text not null default '',
    tested_at    timestamptz not null,
    tested_by    text not null
);
create index station_terminal_test_latest on station_terminal_test (device_id, tested_at desc, id desc);

create table station_deficiency (
    id           bigserial primary key,
    station_code text not null references station (code) on delete cascade,
    category     text not null check (category in ('LINK', 'POWER', 'DEVICE', 'PLACE', 'OTHER')),
    description  text not null,
    owner        text not null,
    due_date     date,
    status       text not null check (status in ('OPEN', 'IN_PROGRESS', 'FIXED')),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    updated_by   text not null
);
create index station_deficiency_by_station on station_deficiency (station_code);
