-- The rules publishing checks hold at every write (issue 14.1): what SQL can say on one row is
-- said here, so no editor, import or script can store what a reader would then be shown.

-- A handover is not announced before it happened, and a side that withheld its figures of what it
-- received has none stored.
alter table exchange_stage
    add constraint exchange_stage_announced_not_before_handover check (announced_on is null or announced_on >= occurred_on),
    add constraint exchange_stage_side_a_withheld_has_no_figures
        check (not side_a_withheld or (side_a_received_per_a is null and side_a_received_per_b is null)),
    add constraint exchange_stage_side_b_withheld_has_no_figures
        check (not side_b_withheld or (side_b_received_per_a is null and side_b_received_per_b is null));

-- Text left blank is empty (null), never '' or spaces: a browser sends an empty box as '', and
-- stored so it printed an empty "Response:" line on the pages and exports, while the data file
-- left it out. What was stored so becomes null (in the history too); then every text column of
-- the application's tables refuses blank text, as <table>_<column>_not_blank: an optional one is
-- null or has text, a required one has text.
do $$
declare
    col record;
begin
    for col in
        select c.table_name, c.column_name, c.is_nullable = 'YES' as nullable
        from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
          and c.data_type in ('text', 'character varying') and c.is_generated = 'NEVER'
          and c.table_name not in ('flyway_schema_history', 'spring_session', 'spring_session_attributes')
        order by c.table_name, c.ordinal_position
    loop
        if col.nullable then
            execute format('update %I set %I = null where %I !~ ''\S''', col.table_name, col.column_name, col.column_name);
        end if;
        if col.table_name not like '%\_aud' and col.table_name <> 'revision' then
            execute format('alter table %I add constraint %I check (%I ~ ''\S'')', col.table_name,
                           col.table_name || '_' || col.column_name || '_not_blank', col.column_name);
        end if;
    end loop;
end
$$;
