-- The audit log: append-only and hash-chained (see org.entekhabat.audit.AuditChain for the hash).
-- details holds canonical JSON (sorted keys, no spaces): exactly the text that was hashed.
create table audit_entry (
    seq         bigint primary key,
    recorded_at timestamptz not null,
    actor       text        not null,
    action      text        not null,
    subject     text        not null,
    reason      text        not null,
    details     text        not null,
    prev_hash   char(64)    not null,
    hash        char(64)    not null
);
create index audit_entry_actor on audit_entry (actor, seq);
create index audit_entry_action on audit_entry (action, seq);
create index audit_entry_subject on audit_entry (subject text_pattern_ops, seq);

-- The head of the chain: one row, locked by every append, so the chain stays linear under
-- concurrency; verification also compares it with the last entry (catches a cut tail or an
-- entry inserted outside the log).
create table audit_head (
    id   int primary key check (id = 1),
    seq  bigint   not null,
    hash char(64) not null
);
insert into audit_head (id, seq, hash) values (1, 0, repeat('0', 64));

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % on % refused', tg_op, tg_table_name;
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_refuse_change();

create function audit_head_forward_only() returns trigger language plpgsql as $$
begin
    if new.seq <> old.seq + 1 then
        raise exception 'the audit head only moves forward one entry at a time';
    end if;
    return new;
end
$$;

create trigger audit_head_forward before update on audit_head
    for each row execute function audit_head_forward_only();
create trigger audit_head_no_delete before delete on audit_head
    for each row execute function audit_refuse_change();
create trigger audit_head_no_truncate before truncate on audit_head
    for each statement execute function audit_refuse_change();
