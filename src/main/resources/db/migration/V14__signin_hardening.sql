-- Wrong passwords are counted per (account, client address), not per account: an attacker's
-- failures make only the attacker's address wait, never lock the owner out from elsewhere.
-- login_key is '#' and the account id for a real account, else the name typed (so that unknown
-- names behave exactly like real ones and the answer tells nothing).
create table login_backoff (
    login_key      text not null check (length(login_key) <= 300),
    client_address text not null check (length(client_address) <= 100),
    failures       int not null,
    blocked_until  timestamptz,
    last_failure   timestamptz not null default now(),
    primary key (login_key, client_address)
);
create index login_backoff_last_failure_idx on login_backoff (last_failure);

-- The office an account belongs to: only its administrators (or their superiors', or a national
-- administrator) may attach it to other offices. Existing accounts: the office of their first role.
alter table account add column home_office_id bigint references office (id);
update account a set home_office_id = (select g.office_id from role_grant g where g.account_id = a.id
                                       order by g.granted_at, g.office_id limit 1);
