-- Training (آموزش): courses per role, weekly sessions per county, attendance, timed quizzes,
-- certificates. Trainees are usernames (the identity module owns accounts).
create table training_course (
    id             text primary key,
    role           text not null unique,
    title_fa       text not null,
    title_en       text not null,
    description_fa text not null default '',
    position       integer not null
);

create table training_question (
    id        bigserial primary key,
    course_id text not null references training_course (id),
    position  integer not null,
    topic     text not null default '',
    text      text not null,
    options   text[] not null check (cardinality(options) between 2 and 6),
    correct   integer not null check (correct >= 0 and correct < cardinality(options)),
    unique (course_id, position)
);

create table training_session (
    id          bigserial primary key,
    course_id   text not null references training_course (id),
    county_id   text not null,
    province_id text not null,
    starts_at   timestamp not null, -- Iran local time of the session
    place       text not null,
    trainer     text not null,
    created_at  timestamptz not null,
    created_by  text not null,
    check (county_id like province_id || '%')
);
create index training_session_by_county on training_session (county_id, starts_at);

create table training_trainee (
    username    text primary key,
    county_id   text not null,
    province_id text not null,
    full_name   text not null default '',
    created_at  timestamptz not null
);
create index training_trainee_by_county on training_trainee (county_id);

create table training_attendance (
    session_id  bigint not null references training_session (id) on delete cascade,
    username    text not null,
    present     boolean not null,
    recorded_at timestamptz not null,
    recorded_by text not null,
    primary key (session_id, username)
);

create table training_attempt (
    id           bigserial primary key,
    course_id    text not null references training_course (id),
    username     text not null,
    started_at   timestamptz not null,
    deadline     timestamptz not null,
    question_ids bigint[] not null,
    status       text not null check (status in ('OPEN', 'SCORED', 'REFUSED_LATE')),
    submitted_at timestamptz,
    correct      integer,
    total        integer,
    passed       boolean,
    late         boolean
);
create index training_attempt_by_user on training_attempt (username, course_id);

create table training_answer (
    attempt_id  bigint not null references training_attempt (id) on delete cascade,
    question_id bigint not null,
    chosen      integer not null,
    primary key (attempt_id, question_id)
);

create table training_certificate (
    code       text primary key,
    username   text not null,
    course_id  text not null references training_course (id),
    attempt_id bigint not null unique references training_attempt (id),
    correct    integer not null,
    total      integer not null,
    issued_at  timestamptz not null,
    unique (username, course_id)
);
