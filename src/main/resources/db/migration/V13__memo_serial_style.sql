-- How a file's serials are written, learnt from a memo number of the file typed when it is opened:
-- after a '.' (the rule: …১৮.৮৯) or a '-' (the Cabinet Division's …২৩-৭৭), and zero-padded to a
-- width (seed 004's …২৩-০৫). Files opened before keep the rule.
alter table memo_file
    add column serial_separator char(1) not null default '.' check (serial_separator in ('.', '-')),
    add column serial_digits smallint not null default 1 check (serial_digits between 1 and 6);
