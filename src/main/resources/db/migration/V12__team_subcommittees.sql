-- Sub-committees of an office's innovation team, formed by a decision of its meeting ("কর্মপরিকল্পনা
-- প্রণয়নে নিম্নোক্তভাবে একটি কমিটি গঠন করা হয়"). In being from formed_on until the day before
-- dissolved_on. A member is one of the office's posts or, for a person who holds none of them, only
-- the words the minutes print (label_bn, always kept: it is what is printed).

create table team_subcommittee (
    id           bigint generated always as identity primary key,
    office_id    bigint not null references office (id),
    name_bn      text not null check (length(name_bn) between 1 and 300),
    purpose_bn   text check (length(purpose_bn) between 1 and 2000),
    formed_on    date not null,
    dissolved_on date,
    source_bn    text check (length(source_bn) between 1 and 500),   -- where it was decided: the meeting, the decision
    created_at   timestamptz not null default now(),
    check (dissolved_on is null or dissolved_on >= formed_on)
);
create index team_subcommittee_office_idx on team_subcommittee (office_id, formed_on);

create table team_subcommittee_member (
    subcommittee_id bigint not null references team_subcommittee (id) on delete cascade,
    position        int not null check (position > 0),                 -- as given; listed by role, then position
    post_id         bigint references post (id),                       -- null: named only in words
    label_bn        text not null check (length(label_bn) between 1 and 300),
    role            text not null check (role in ('CONVENER', 'MEMBER', 'MEMBER_SECRETARY')),
    primary key (subcommittee_id, position),
    unique (subcommittee_id, post_id)
);
create unique index team_subcommittee_one_convener_idx on team_subcommittee_member (subcommittee_id) where role = 'CONVENER';
create unique index team_subcommittee_one_secretary_idx on team_subcommittee_member (subcommittee_id) where role = 'MEMBER_SECRETARY';
