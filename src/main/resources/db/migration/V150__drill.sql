-- Drills (مانور): compressed election days run against a sandbox copy of central (its own schema,
-- dropped afterwards). Only the plan, progress and per-station results are kept here, in the real
-- schema; nothing else of the real election is touched by a drill.
create table drill_run (
    id                text primary key,              -- e.g. D20260501-k3x9 (also names the sandbox schema drill_<id>)
    started_by        text        not null,
    province_id       text,
    county_id         text,
    stations          integer     not null,
    voters_per_station integer    not null,
    rate_per_minute   integer     not null,          -- voters per minute at each station; 0 = as fast as possible
    link_failure      boolean     not null,
    parallel          integer     not null,
    seed              bigint      not null,
    sandbox_schema    text        not null,
    status            text        not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    phase             text        not null default '',
    started_at        timestamptz not null,
    finished_at       timestamptz,
    sandbox_seconds   double precision,              -- starting the sandbox central
    day_seconds       double precision,              -- the election day itself (open → last report)
    reports_seconds   double precision,              -- first report sent → last report answered
    claims            bigint      not null default 0,
    reports_accepted  integer     not null default 0,
    central_cpu_seconds double precision,            -- process CPU time during the day (central and nodes share the process)
    db_seconds        double precision,              -- PostgreSQL active time of the whole database during the day (pg_stat_database)
    error             text        not null default ''
);
create index drill_run_started on drill_run (started_at desc);

create table drill_station_result (
    run_id            text    not null references drill_run on delete cascade,
    station_code      text    not null,
    station_name      text    not null default '',
    county_id         text    not null default '',
    province_id       text    not null default '',
    synthetic         boolean not null,              -- not in the station registry: made up for the drill's size
    voters            integer not null,              -- people who came
    electronic        integer not null,              -- ballots cast on the voting terminal
    paper             integer not null,              -- ballots cast on paper during the link failure
    refused           integer not null,              -- refused at authentication (ineligible, already voted …)
    claim_retries     integer not null,
    paper_uploads     integer not null,              -- attempts to upload the manual register
    paper_collisions  integer not null,              -- register lines central found claimed elsewhere (anomaly queue)
    paper_mismatches  integer not null,              -- double entries of the paper counts that disagreed
    reconciliation_difference bigint not null,       -- authenticated − (electronic + paper)
    report_attempts   integer not null,
    report_status     text    not null,              -- ACCEPTED | DUPLICATE | REFUSED | NOT_SENT | FAILED
    open_ms           bigint  not null,
    auth_ms           bigint  not null,              -- sum over voters: eligibility + claim (or register line)
    vote_ms           bigint  not null,              -- sum over voters: entry rules + cast (journal + box, fsync'd)
    paper_ms          bigint  not null,              -- switch to paper → register uploaded → back to electronic
    close_ms          bigint  not null,              -- close + double entry + signed report
    report_ms         bigint  not null,              -- first send → accepted (with retries)
    claim_p95_ms      double precision not null,
    outcome           text    not null check (outcome in ('OK', 'PROBLEMS', 'FAILED')),
    problems          text    not null default '',   -- one per line: KIND: detail
    primary key (run_id, station_code)
);
create index drill_station_result_county on drill_station_result (run_id, county_id);
