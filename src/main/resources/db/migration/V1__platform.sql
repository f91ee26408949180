-- entekhabat schema, version 1: nothing yet but a marker that the database is ours.
create table platform_info (
    key   text primary key,
    value text not null
);
insert into platform_info (key, value) values ('schema', 'entekhabat');
