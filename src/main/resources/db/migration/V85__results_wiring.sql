-- Results wired to the other modules (issue "Results").
-- 1. result_contest is now a cache: the election's contests (source 'election', filled by
--    ResultsRegistry.syncFromElection with the stations registry's ballot styles), contests of
--    station packages that the election does not define (source 'package': the demo packages), and
--    contests registered directly by tests, drills and benchmarks (source 'registered').
--    The aggregation's SQL joins it for county and province, so it stays a table.
alter table result_contest add column source text not null default 'registered'
    check (source in ('election', 'package', 'registered'));

-- Candidates as the counting rules need them: the tie chain's facts (veteran, degree) and the
-- Tehran list a candidate runs on. Unknown facts: not a veteran, degree NONE (documented).
alter table result_candidate add column veteran boolean not null default false;
alter table result_candidate add column degree text not null default 'NONE';
alter table result_candidate add column list_code text;

-- Tehran lists (فهرست) of a list-PR contest: code and title.
create table result_list (
    contest_id text not null references result_contest,
    list_code  text not null,
    title      text not null,
    primary key (contest_id, list_code)
);

-- 2. Board members are signed-in identity users (role SUPERVISOR); the unauthenticated picking table goes.
alter table station_annulment add column member_name text not null default '';
alter table result_certification add column member_name text not null default '';
alter table result_objection add column decided_by_name text;
alter table result_objection add column filed_by text;
update station_annulment a set member_name = m.name from result_board_member m where m.member_id = a.member_id;
update result_certification c set member_name = m.name from result_board_member m where m.member_id = c.member_id;
update result_objection o set decided_by_name = m.name from result_board_member m where m.member_id = o.decided_by;
alter table station_annulment drop constraint station_annulment_member_id_fkey;
alter table result_certification drop constraint result_certification_member_id_fkey;
alter table result_objection drop constraint result_objection_decided_by_fkey;
drop table result_board_member;

-- 3. The public lot (قرعه) of a contest: the seed the board commits before witnesses, combined from
--    the seeds the witnesses typed; recorded once, so every draw can be redone (docs/counting.md §4).
create table result_lot (
    contest_id    text primary key references result_contest,
    seed_hex      text not null,
    witness_seeds text not null,           -- the typed seeds, one per line, as entered
    drawn_by      text not null,           -- username
    drawn_by_name text not null,
    drawn_at      timestamptz not null,
    version       bigint not null references result_publication_version
);

alter table result_publication_version drop constraint result_publication_version_change_kind_check;
alter table result_publication_version add constraint result_publication_version_change_kind_check
    check (change_kind in ('report', 'annulment', 'certification', 'lot'));
