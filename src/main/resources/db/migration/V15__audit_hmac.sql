-- The audit chain is keyed from here on. Each new entry carries mac = HMAC-SHA256 over its content,
-- computed by the application with a key the database never sees (docs/modules/audit.md), and the
-- next entry links to that mac. Entries written before this migration keep mac null and are checked
-- by their SHA-256 hash as before; the first keyed entry links to (and its mac covers) the last of them.
alter table audit_entry add column mac text;

-- The one definition of what an entry's hash and mac cover: the previous entry's chain value and
-- every field, in the text PostgreSQL stores (so the JSON is the canonical jsonb text).
create function audit_entry_content(prev_hash text, occurred_at timestamptz, account_id bigint, account_name text,
                                    acting_office_id bigint, client_address text, action text, record_type text,
                                    record_id text, office_id bigint, before jsonb, after jsonb)
    returns text language sql immutable as $$
    select concat_ws(E'\x1f',
        prev_hash,
        to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        coalesce(account_id::text, ''), account_name, coalesce(acting_office_id::text, ''),
        coalesce(client_address, ''), action, record_type, coalesce(record_id, ''),
        coalesce(office_id::text, ''), coalesce(before::text, ''), coalesce(after::text, ''))
$$;

-- Same result as V3's definition, now over audit_entry_content.
create or replace function audit_entry_hash(prev_hash text, occurred_at timestamptz, account_id bigint, account_name text,
                                            acting_office_id bigint, client_address text, action text, record_type text,
                                            record_id text, office_id bigint, before jsonb, after jsonb)
    returns text language sql immutable as $$
    select encode(sha256(convert_to(audit_entry_content(prev_hash, occurred_at, account_id, account_name,
        acting_office_id, client_address, action, record_type, record_id, office_id, before, after), 'UTF8')), 'hex')
$$;

-- Appends and checkpoints take the chain lock (to the end of the transaction) through this, and only
-- then read the head and the clock: a volatile function's query gets a fresh snapshot, so it sees the
-- entry the lock's previous holder committed. One round trip instead of two.
create function audit_chain_lock(out prev_hash text, out at timestamptz) language plpgsql volatile as $$
begin
    perform pg_advisory_xact_lock(8458994170829498740); -- 0x7564626175646974, "udbaudit"
    select coalesce((select coalesce(e.mac, e.hash) from audit_entry e order by e.id desc limit 1), repeat('0', 64)),
           clock_timestamp()
      into prev_hash, at;
end
$$;
