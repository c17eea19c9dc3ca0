-- office_scope under concurrent writers: an office added (or moved) under a branch while another
-- transaction moves that branch would compute its rows from parents the other is changing, and
-- neither would see the other's rows. Both triggers now first lock, FOR SHARE, the superiors of the
-- new parents as this transaction sees them: a move in progress (which holds its office's row) is
-- waited for and then seen, and a move that starts later waits for this one and then sees its rows.
create or replace function office_scope_inserted() returns trigger language plpgsql as $$
begin
    perform 1 from office
    where id in (select s.ancestor_id from office_scope s
                 where s.office_id in (select admin_parent_id from added union select line_parent_id from added))
    order by id for share;
    perform office_scope_refresh(array(select id from added));
    return null;
end
$$;

create or replace function office_scope_moved() returns trigger language plpgsql as $$
declare
    moved bigint[];
begin
    moved := array(select n.id from changed n join previous o on o.id = n.id
                   where n.admin_parent_id is distinct from o.admin_parent_id
                      or n.line_parent_id is distinct from o.line_parent_id or n.level is distinct from o.level);
    if cardinality(moved) > 0 then
        perform 1 from office
        where id in (select s.ancestor_id from office_scope s
                     where s.office_id in (select admin_parent_id from changed where id = any(moved)
                                           union select line_parent_id from changed where id = any(moved)))
          and not id = any(moved)
        order by id for share;
        perform office_scope_refresh(moved);
    end if;
    return null;
end
$$;
