-- vetting: cases created by an import (drills, demo) are marked; Tehran lists with their members; the final
-- candidate list of a constituency once published (DOMAIN §3, §5). Owned by org.entekhabat.vetting.
alter table vetting_case add column imported boolean not null default false;
alter table vetting_case add column withdrawn boolean not null default false;  -- the candidate withdrew (candidacy event)

create table vetting_list (
    constituency_id text not null,
    title           text not null,
    representative  text not null,               -- the party representative's account (or the import)
    party           text not null default '',
    registered_at   timestamptz not null,
    imported        boolean not null default false,
    primary key (constituency_id, title)
);
create table vetting_list_member (
    constituency_id text not null,
    title           text not null,
    position        integer not null,
    candidate       text not null references vetting_case (candidate),
    primary key (constituency_id, title, position),
    unique (constituency_id, candidate),          -- each candidate on one list at most
    foreign key (constituency_id, title) references vetting_list (constituency_id, title)
);

create table vetting_final_list (
    constituency_id text primary key,
    published_at    timestamptz not null,
    published_by    text not null,
    drill           boolean not null default false
);
