-- An office's memo files (নথি) and every memo number it has issued. The next serial lives on the
-- file row: taking it is an UPDATE … RETURNING, so the row lock orders concurrent issues and a
-- rolled-back issue gives its serial back.
create table memo_file (
    id          bigint generated always as identity primary key,
    office_id   bigint not null references office (id),
    file_number text not null check (file_number ~ '^[0-9]+(\.[0-9]+)+$'),   -- Latin digits: '05.55.2700.025.13.002.18'
    subject_bn  text not null check (length(subject_bn) between 1 and 200),
    next_serial bigint not null default 1 check (next_serial > 0),
    created_at  timestamptz not null default now(),
    unique (office_id, file_number)
);

create table issued_memo (
    memo_number text primary key,                -- Latin digits, with the serial: '05.55.2700.025.13.002.18.89'
    file_id     bigint not null references memo_file (id),
    paper       text not null,                   -- what was issued under it: 'team-order:12'
    issued_at   timestamptz not null default now()
);
create index issued_memo_file_idx on issued_memo (file_id, issued_at desc);
