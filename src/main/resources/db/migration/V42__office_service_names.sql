-- The services register (issue 15, point 3): a service's name is the office's once, case aside, as the
-- register checks it (initiative.internal.ServiceRegister); V37's unique (office_id, name_bn) only refused
-- the very same text, so two writers at once could still register "e-Nothi" and "E-Nothi".
create unique index office_service_name_idx on office_service (office_id, lower(name_bn));
