-- vetting: every board decision with its cited grounds and the named members who sat and voted.
create table vetting_decision (
    id          bigserial primary key,
    candidate   text not null references vetting_case (candidate),
    seq         integer not null,
    board       text not null check (board in ('EXECUTIVE', 'COUNTY_SUPERVISORY', 'PROVINCIAL_SUPERVISORY')),
    verdict     text not null check (verdict in ('APPROVED', 'REJECTED')),
    overturned  boolean not null default false,
    reason      text not null,
    decided_at  timestamptz not null,
    unique (candidate, seq)
);
create table vetting_decision_ground (
    decision_id bigint not null references vetting_decision (id),
    ground_code text not null,
    primary key (decision_id, ground_code)
);
create table vetting_decision_vote (
    decision_id bigint not null references vetting_decision (id),
    member_id   text not null,
    in_favour   boolean not null,                  -- present members voting against are kept too
    primary key (decision_id, member_id)
);
-- a rejection without a cited ground cannot be stored either
create or replace function vetting_decision_needs_ground() returns trigger language plpgsql as $$
begin
    if new.verdict = 'REJECTED' and not exists (select 1 from vetting_decision_ground g where g.decision_id = new.id) then
        raise exception 'a rejection must cite at least one legal ground';
    end if;
    return null;
end $$;
create constraint trigger vetting_decision_ground_check after insert on vetting_decision
    deferrable initially deferred for each row execute function vetting_decision_needs_ground();
