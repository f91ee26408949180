-- boards: executive and supervisory boards, their members, the trusted-member ballot and board votes
-- (org.entekhabat.boards; DOMAIN §3).
create table board (
    id           text primary key,                 -- e.g. county-executive-1230001
    kind         text not null check (kind in ('CENTRAL_EXECUTIVE', 'COUNTY_EXECUTIVE', 'CENTRAL_SUPERVISORY',
                     'PROVINCIAL_SUPERVISORY', 'COUNTY_SUPERVISORY')),
    jurisdiction text not null,                    -- NATION, PROVINCE:123 or COUNTY:1230001
    status       text not null check (status in ('FORMING', 'FORMED')),
    created_at   timestamptz not null,
    created_by   text not null,
    formed_at    timestamptz,
    unique (kind, jurisdiction)
);

-- a member is an identity account; the seat kind and since when
create table board_member (
    board_id   text not null references board (id),
    username   text not null,
    seat_kind  text not null check (seat_kind in ('EX_OFFICIO', 'TRUSTED', 'ALTERNATE', 'APPOINTED')),
    title      text not null default '',           -- e.g. the office of an ex officio member
    rank       integer,                            -- trusted and alternate members: place in the ballot
    votes      bigint,                             -- trusted and alternate members: votes received
    since      timestamptz not null,
    added_by   text not null,
    primary key (board_id, username)
);
create index board_member_user on board_member (username);

-- the chair's 30 nominees for the trusted seats
create table board_nominee (
    board_id     text not null references board (id),
    username     text not null,
    position     integer not null,
    nominated_at timestamptz not null,
    nominated_by text not null,
    primary key (board_id, username)
);

-- the recorded ballot: who voted for whom (not secret: the law asks for a vote among the nominees, and the
-- minutes name the voters)
create table board_ballot (
    board_id    text not null references board (id),
    voter       text not null,
    cast_at     timestamptz not null,
    recorded_by text not null,
    primary key (board_id, voter)
);
create table board_ballot_choice (
    board_id text not null,
    voter    text not null,
    nominee  text not null,
    primary key (board_id, voter, nominee),
    foreign key (board_id, voter) references board_ballot (board_id, voter)
);

-- the count of the trusted-member ballot: the lot seed fixed before it, the draws and the minutes
create table board_election (
    board_id   text primary key references board (id),
    lot_seed   text not null,
    draws      text not null,                      -- one line per lot draw: index, tied, outcome, digest
    minutes_fa text not null,
    minutes_en text not null,
    counted_at timestamptz not null,
    counted_by text not null
);

-- every board vote with its minutes: who was present and how each voted
create table board_vote (
    id          bigserial primary key,
    board_id    text not null references board (id),
    subject     text not null,                     -- e.g. candidate:K7M2-9QXP-R
    motion      text not null,
    passed      boolean not null,
    required    integer not null,                  -- the quorum in force
    decided_at  timestamptz not null,
    recorded_by text not null
);
create index board_vote_board on board_vote (board_id, decided_at);
create table board_vote_member (
    vote_id   bigint not null references board_vote (id),
    username  text not null,
    in_favour boolean not null,
    primary key (vote_id, username)
);
