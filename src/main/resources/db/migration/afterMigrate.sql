-- After every migration: the application's own role (when the database has one) may read and
-- write every table but may only add to the audit trail. Migrations run as the owner.
do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') and current_user <> '${appRole}' then
        execute 'grant usage on schema public to ${appRole}';
        execute 'grant select, insert, update, delete on all tables in schema public to ${appRole}';
        execute 'grant usage, select on all sequences in schema public to ${appRole}';
        execute 'grant execute on all functions in schema public to ${appRole}';
        execute 'revoke update, delete, truncate on audit_entry from ${appRole}';
        execute 'revoke all on flyway_schema_history from ${appRole}';
        execute 'grant select on flyway_schema_history to ${appRole}';
    end if;
end
$$;
