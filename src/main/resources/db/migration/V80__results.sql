-- Results (issue "Results"): station reports received at central, their aggregation, publication,
-- objections, annulments and certification. Tables prefixed result_ are owned by the results module;
-- device_public_key is a stand-in the lead reconciles with the device registry.

-- Each station device's Ed25519 public key (X.509 SubjectPublicKeyInfo, base64). status: active | revoked.
create table device_public_key (
    device_id      text not null,
    station_code   text not null,
    public_key_b64 text not null,
    status         text not null default 'active' check (status in ('active', 'revoked')),
    primary key (device_id, station_code)
);

-- What the results module needs to know of a contest (the lead will back it with the election module).
-- counting_method: PLURALITY (block vote, single plurality) | LIST_PR (Tehran: Hare quota, largest remainder)
create table result_contest (
    contest_id        text primary key,
    constituency_name text not null,
    county_id         text not null,
    province_id       text not null,
    county_name       text not null default '',
    province_name     text not null default '',
    seats             int  not null check (seats > 0),
    alternates        int  not null check (alternates >= 0),
    counting_method   text not null
);
create index result_contest_county on result_contest (county_id);

-- Candidate names for the public page (optional: codes are shown when a name is missing).
create table result_candidate (
    contest_id     text not null references result_contest,
    candidate_code text not null,
    name           text not null,
    primary key (contest_id, candidate_code)
);

-- Which stations serve a contest: the denominator of "stations in / missing".
create table result_expected_station (
    contest_id   text not null references result_contest,
    station_code text not null,
    primary key (contest_id, station_code)
);
create index result_expected_station_code on result_expected_station (station_code);

-- The accepted signed report of each station, verbatim (canonical text + base64 signature).
create table station_report (
    station_code   text primary key,
    report_hash    text not null unique,
    device_id      text not null,
    election_id    text not null,
    authenticated  bigint not null,
    canonical_text text not null,
    signature      text not null,
    received_at    timestamptz not null,
    version        bigint not null
);

-- The report's totals, decoded once at intake, for aggregation in SQL.
create table station_contest_total (
    station_code text   not null references station_report,
    contest_id   text   not null,
    ballots      bigint not null,
    blank        bigint not null,
    invalid      bigint not null,
    primary key (station_code, contest_id)
);
create index station_contest_total_contest on station_contest_total (contest_id);

-- kind: candidate (personal votes) | list (ballots naming a list code)
create table station_option_votes (
    station_code text   not null,
    contest_id   text   not null,
    kind         text   not null check (kind in ('candidate', 'list')),
    code         text   not null,
    votes        bigint not null,
    primary key (station_code, contest_id, kind, code),
    foreign key (station_code, contest_id) references station_contest_total
);
create index station_option_votes_contest on station_option_votes (contest_id);

-- A second, different signed report for a station that already has one: refused and kept for supervisors.
create table report_conflict (
    id             bigserial primary key,
    station_code   text not null,
    accepted_hash  text not null,
    offered_hash   text not null,
    offered_text   text not null,
    offered_signature text not null,
    received_at    timestamptz not null,
    unique (station_code, offered_hash)
);

-- Supervisory board members who certify, decide objections and annul (level: county | province | central).
create table result_board_member (
    member_id    text primary key,
    name         text not null,
    board_level  text not null check (board_level in ('county', 'province', 'central')),
    jurisdiction text not null default '',   -- county id, province id, or '' for central
    role_title   text not null default ''
);

-- Every change to the published result is a numbered version (report accepted, annulment, certification).
create table result_publication_version (
    version      bigserial primary key,
    published_at timestamptz not null,
    change_kind  text not null check (change_kind in ('report', 'annulment', 'certification')),
    station_code text,
    contest_ids  text not null default '',   -- comma-separated
    actor        text not null,
    reason       text not null default '',
    summary      text not null default ''
);

-- Annulment of one station's result (ابطال صندوق) by a supervisory board member.
create table station_annulment (
    station_code  text primary key references station_report,
    reason        text not null,
    legal_ground  text not null,
    member_id     text not null references result_board_member,
    annulled_at   timestamptz not null,
    version       bigint not null references result_publication_version
);

-- Certification of a contest's result by its county supervisory board; final for versions up to `version`.
create table result_certification (
    id           bigserial primary key,
    contest_id   text not null references result_contest,
    member_id    text not null references result_board_member,
    certified_at timestamptz not null,
    version      bigint not null references result_publication_version
);
create index result_certification_contest on result_certification (contest_id);

-- A candidate's objection (اعتراض) to a contest's result, within the configured window.
create table result_objection (
    id             bigserial primary key,
    contest_id     text not null references result_contest,
    station_code   text,
    candidate_code text not null,
    objector_name  text not null,
    text           text not null,
    filed_at       timestamptz not null,
    status         text not null default 'open' check (status in ('open', 'upheld', 'rejected')),
    decided_by     text references result_board_member,
    decision       text,
    decided_at     timestamptz
);
create index result_objection_contest on result_objection (contest_id);
