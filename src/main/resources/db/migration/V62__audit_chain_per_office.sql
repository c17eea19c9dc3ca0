-- Issue 17, point 8: one chain per office instead of one for the country. Every audited write took one
-- global advisory lock to its commit, so audited transactions ran one at a time. Now each entry goes to
-- the chain of its transaction's office, locked per chain; the checkpoint anchors every chain's head in
-- the national chain (docs/modules/audit.md). Chain 0 is the national chain: every entry written before
-- this migration stays in it as it is (it verifies as before), entries without an office continue it.
alter table audit_entry add column chain bigint not null default 0;
create index audit_entry_chain_idx on audit_entry (chain, id);

-- Each chain's newest entry, kept by its writers under the chain's lock: the checkpoint finds the chains
-- that grew here instead of reading the trail. Only a hint: the checkpoint reads heads and counts from
-- audit_entry, and verification trusts neither table.
create table audit_chain (
    chain    bigint primary key,
    entry_id bigint not null
);

-- What the newest anchor recorded per chain (chain 0: the anchor entry itself, and the national
-- chain's count up to it); only the checkpoint writes it, under the national chain's lock.
create table audit_anchor (
    chain    bigint primary key,
    entry_id bigint not null,
    entries  bigint not null,
    head     text   not null
);

-- The lock of a chain, to the end of the transaction, then its head and the database's clock with a
-- fresh snapshot (a volatile function's query), so it sees the entry the lock's previous holder committed.
-- A transaction writes to one chain, the first it locked (kept in a transaction-local setting, so a
-- transaction of its own inside another gets its own): it holds one chain lock, and two transactions
-- never wait for each other's in opposite order. Two 32-bit keys (0x75646974, "udit", and the chain)
-- are a lock space apart from the single 64-bit keys.
create function audit_chain_lock(wanted bigint, out locked_chain bigint, out prev_hash text, out at timestamptz)
    language plpgsql volatile as $$
begin
    locked_chain := coalesce(nullif(current_setting('udbhabon.audit_chain', true), '')::bigint, wanted);
    perform set_config('udbhabon.audit_chain', locked_chain::text, true);
    perform pg_advisory_xact_lock(1969514868, (locked_chain % 2147483647)::int);
    select coalesce((select coalesce(e.mac, e.hash) from audit_entry e where e.chain = locked_chain order by e.id desc limit 1),
                    repeat('0', 64)),
           clock_timestamp()
      into prev_hash, at;
end
$$;

-- The global lock is gone: a node still running the old code fails on it instead of linking across chains.
drop function audit_chain_lock();
