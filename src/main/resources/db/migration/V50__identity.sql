-- identity: accounts with a role, scoped to a jurisdiction; lock-out state for failed logins.
create table app_user (
    id                 bigint generated always as identity primary key,
    username           text        not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    display_name       text        not null,
    password_hash      text        not null check (password_hash like '{%}%'),
    role               text        not null check (role in ('NATIONAL_HQ', 'PROVINCIAL_HQ', 'GOVERNOR',
                                       'EXECUTIVE_BOARD', 'SUPERVISOR', 'STATION_STAFF', 'TRAINER', 'CANDIDATE')),
    jurisdiction_level text        not null check (jurisdiction_level in ('NATION', 'PROVINCE', 'COUNTY',
                                       'CONSTITUENCY', 'STATION')),
    jurisdiction_code  text        not null default '',
    enabled            boolean     not null default true,
    failed_attempts    integer     not null default 0 check (failed_attempts >= 0),
    locked_until       timestamptz,
    created_at         timestamptz not null,
    created_by         text        not null
);

create index app_user_jurisdiction on app_user (jurisdiction_level, jurisdiction_code);
