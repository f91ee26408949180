-- Official extensions of schedule windows (تمدید), applied on top of the schedule file.
-- The latest row per milestone is in force; earlier rows stay as history.
create table schedule_override (
    id            bigserial primary key,
    milestone_key text        not null,
    new_end       timestamptz not null,
    approved_by   text        not null,
    reason        text        not null,
    recorded_at   timestamptz not null
);
create index schedule_override_key on schedule_override (milestone_key, id);
