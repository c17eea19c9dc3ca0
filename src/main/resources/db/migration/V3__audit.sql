-- The audit trail: append-only, each entry chained to the one before by a SHA-256 hash.
create table audit_entry (
    id               bigint generated always as identity primary key,
    occurred_at      timestamptz not null default clock_timestamp(),
    account_id       bigint,              -- no foreign key: the trail outlives what it describes
    account_name     text not null,
    acting_office_id bigint,
    client_address   text,
    action           text not null,
    record_type      text not null,
    record_id        text,
    office_id        bigint,              -- the office whose record changed
    before           jsonb,
    after            jsonb,
    prev_hash        text not null,
    hash             text not null
);
create index audit_entry_office_idx on audit_entry (office_id, id);
create index audit_entry_record_idx on audit_entry (record_type, record_id, id);

-- The one definition of an entry's hash, used when writing and when verifying.
create function audit_entry_hash(prev_hash text, occurred_at timestamptz, account_id bigint, account_name text,
                                 acting_office_id bigint, client_address text, action text, record_type text,
                                 record_id text, office_id bigint, before jsonb, after jsonb)
    returns text language sql immutable as $$
    select encode(sha256(convert_to(concat_ws(E'\x1f',
        prev_hash,
        to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        coalesce(account_id::text, ''), account_name, coalesce(acting_office_id::text, ''),
        coalesce(client_address, ''), action, record_type, coalesce(record_id, ''),
        coalesce(office_id::text, ''), coalesce(before::text, ''), coalesce(after::text, '')), 'UTF8')), 'hex')
$$;

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
