-- Teams as a series of office orders. A team as it stood on a day is the composition of the last
-- issued order in effect that day (none after a dissolution). A draft is an order not yet issued:
-- one per office. Issued orders are never changed: the next change is a new order.

create table team_order (
    id                        bigint generated always as identity primary key,
    office_id                 bigint not null references office (id),   -- whose team
    forming_office_id         bigint not null references office (id),   -- who issues the order (the DC for an upazila)
    kind                      text not null check (kind in ('FORMATION', 'CHANGE', 'DISSOLUTION')),
    status                    text not null check (status in ('DRAFT', 'ISSUED')),
    effective_from            date not null,
    notification_id           bigint not null references notification (id),  -- in force on effective_from
    preamble_bn               text not null check (length(preamble_bn) between 1 and 4000),
    closing_bn                text check (length(closing_bn) <= 2000),
    justification             text check (length(justification) <= 4000),    -- why issued although rules are unmet
    findings                  jsonb,                                          -- the check when issued
    compliant                 boolean,
    memo_number               text unique references issued_memo (memo_number),
    issued_on                 date,
    issued_by                 bigint,                                         -- account id
    signatory_name_bn         text,
    signatory_designation_bn  text,
    signatory_phone           text,
    signatory_email           text,
    copies                    text[] not null default '{}',
    cabinet_informed_on       date,
    pdf                       bytea,
    docx                      bytea,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    check (status = 'DRAFT' or (memo_number is not null and issued_on is not null and pdf is not null
                                and docx is not null and signatory_name_bn is not null)),
    check (status = 'DRAFT' or compliant or justification is not null)
);
create unique index team_order_one_draft_idx on team_order (office_id) where status = 'DRAFT';
create index team_order_issued_idx on team_order (office_id, effective_from desc, id desc) where status = 'ISSUED';

create table team_order_member (
    order_id bigint not null references team_order (id) on delete cascade,
    position int not null check (position > 0),
    post_id  bigint not null references post (id),
    role     text not null check (role in ('HEAD', 'MEMBER', 'MEMBER_SECRETARY', 'COOPTED')),
    primary key (order_id, position),
    unique (order_id, post_id)
);

-- An issued order is a record: only the date the Cabinet Division was informed may still be set.
create function team_order_issued_is_final() returns trigger language plpgsql as $$
begin
    if old.status = 'ISSUED' and (to_jsonb(new) - 'cabinet_informed_on' - 'updated_at')
                              is distinct from (to_jsonb(old) - 'cabinet_informed_on' - 'updated_at') then
        raise exception 'issued team order % cannot be changed', old.id using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger team_order_final before update on team_order for each row execute function team_order_issued_is_final();

create function team_order_member_final() returns trigger language plpgsql as $$
declare
    order_status text;
begin
    select status into order_status from team_order where id = coalesce(new.order_id, old.order_id);
    if order_status = 'ISSUED' then
        raise exception 'the members of an issued team order cannot be changed' using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end
$$;
create trigger team_order_member_final before insert or update or delete on team_order_member
    for each row execute function team_order_member_final();

-- Compliance, kept per office for the views that span thousands of offices: refreshed when an
-- order is issued, when a post's holder changes and when a new notification comes into force.
create table team_compliance (
    office_id    bigint primary key references office (id),
    order_id     bigint references team_order (id),          -- the order in effect; null once dissolved
    formed_under bigint references notification (id),
    judged_under bigint references notification (id),
    verdict      text not null check (verdict in ('COMPLIANT', 'NOT_COMPLIANT', 'NO_RULES', 'NO_TEAM')),
    findings     jsonb not null default '[]',
    last_change  date,
    evaluated_at timestamptz not null default now()
);
create index team_compliance_verdict_idx on team_compliance (verdict);
