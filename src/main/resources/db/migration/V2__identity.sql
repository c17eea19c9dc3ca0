-- Accounts, the roles they hold for offices, personal access tokens, and web sessions.
create table account (
    id                   bigint generated always as identity primary key,
    username             text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    email                text unique check (email = lower(email) and length(email) <= 254),
    full_name_bn         text not null check (length(full_name_bn) between 1 and 200),
    full_name_en         text check (length(full_name_en) <= 200),
    password_hash        text,              -- null for accounts that only sign in through SSO
    must_change_password boolean not null default false,
    enabled              boolean not null default true,
    failed_logins        int not null default 0,
    locked_until         timestamptz,
    oidc_subject         text unique,
    created_at           timestamptz not null default now(),
    password_changed_at  timestamptz
);

create table role_grant (
    account_id bigint not null references account (id) on delete cascade,
    office_id  bigint not null references office (id),
    role       text not null check (role in
                   ('SYSTEM_ADMIN', 'OFFICE_ADMIN', 'TEAM_HEAD', 'MEMBER_SECRETARY', 'TEAM_MEMBER', 'REVIEWER', 'AUDITOR')),
    granted_at timestamptz not null default now(),
    granted_by bigint references account (id),
    primary key (account_id, office_id, role)
);
create index role_grant_office_idx on role_grant (office_id);

create table access_token (
    id           bigint generated always as identity primary key,
    account_id   bigint not null references account (id) on delete cascade,
    name         text not null check (length(name) between 1 and 100),
    token_hash   text not null unique,    -- SHA-256 of the secret; the secret itself is shown once
    token_prefix text not null,           -- the first characters, to tell tokens apart
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index access_token_account_idx on access_token (account_id);

-- Spring Session JDBC (its schema-postgresql.sql), so that several nodes share the sessions.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
