-- ShedLock's table (issue 16, point 5): a @Scheduled job runs only on the node that holds its row's
-- lock, so scheduled work runs once however many application nodes run. The library owns the rows.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
