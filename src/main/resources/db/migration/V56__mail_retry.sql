-- A message the mail server did not take is kept whole and retried by a scheduled job until it is sent
-- (issue 16, point 4): its body and attachments wait here; mail_out says how often it was tried.
alter table mail_out add column attempts int not null default 1;
alter table mail_out add column last_attempt_at timestamptz;

create table mail_pending (
    mail_id bigint primary key references mail_out (id) on delete cascade,
    html    text not null
);

create table mail_pending_attachment (
    mail_id      bigint not null references mail_pending (mail_id) on delete cascade,
    position     int not null,
    file_name    text not null,
    content_type text not null,
    bytes        bytea not null,
    primary key (mail_id, position)
);
