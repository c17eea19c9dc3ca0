-- Reminders (issue 16, point 5). The modules' deadlines are never stored here: each run asks them
-- (reminder.DeadlineSource) and keeps only what it sent, so a deadline met is simply no longer asked.

-- The policy in force is the latest row (the earlier ones are its history): the days before a
-- deadline on which its office is reminded, and the days overdue after which its superior is told.
create table reminder_policy (
    id                  bigint generated always as identity primary key,
    days_before         int[]  not null check (cardinality(days_before) between 1 and 5
                                               and 0 <= all (days_before) and 60 >= all (days_before)),
    escalate_after_days int    not null check (escalate_after_days between 1 and 90),
    saved_by            bigint,                                   -- account id; null: this migration
    saved_at            timestamptz not null default now()
);
insert into reminder_policy (days_before, escalate_after_days) values ('{7,1}', 7);

-- One step of one deadline ("before-7", "before-1", "overdue", "escalated"), taken once: the unique
-- key is the claim, so two nodes or a rerun after a restart never remind twice for the same step.
create table reminder_step (
    id            bigint generated always as identity primary key,
    deadline_key  text   not null check (length(deadline_key) between 1 and 200),
    kind          text   not null check (length(kind) between 1 and 60),   -- the key's first part: "meeting-due"
    step          text   not null check (step ~ '^(before-[0-9]{1,2}|overdue|escalated)$'),
    office_id     bigint not null references office (id),                 -- the office reminded (its superior when escalated)
    for_office_id bigint not null references office (id),                 -- the office that must act
    due_on        date   not null,
    title_bn      text   not null check (length(title_bn) between 1 and 500),
    title_en      text   not null check (length(title_en) between 1 and 500),
    link          text   not null check (link ~ '^/' and length(link) <= 500),
    created_at    timestamptz not null default now(),
    unique (deadline_key, step)
);

-- Each recipient of a step: the in-product notification (always) and its e-mail, whose state says
-- what happened: PENDING (to send), SENDING (taken by a run), SENT, FAILED (retried by the next run
-- until max-attempts), NO_ADDRESS (the account has none: the skip is recorded), EMAIL_OFF (the
-- user's preference), GAVE_UP.
create table reminder_delivery (
    id          bigint generated always as identity primary key,
    step_id     bigint not null references reminder_step (id) on delete cascade,
    account_id  bigint not null references account (id) on delete cascade,
    email       text,
    status      text   not null check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'NO_ADDRESS', 'EMAIL_OFF', 'GAVE_UP')),
    attempts    int    not null default 0,
    mail_out_id bigint references mail_out (id),                          -- the latest attempt's record
    taken_at    timestamptz,                                              -- when a run took it to send
    read_at     timestamptz,                                              -- the in-product notification read
    created_at  timestamptz not null default now(),
    unique (step_id, account_id)
);
create index reminder_delivery_account_idx on reminder_delivery (account_id, id desc);
create index reminder_delivery_unread_idx on reminder_delivery (account_id) where read_at is null;
create index reminder_delivery_to_send_idx on reminder_delivery (id) where status in ('PENDING', 'SENDING', 'FAILED');

-- Each user's e-mail preference per kind of deadline; no row: e-mail on.
create table reminder_preference (
    account_id bigint  not null references account (id) on delete cascade,
    kind       text    not null check (length(kind) between 1 and 60),
    email      boolean not null,
    primary key (account_id, kind)
);
