-- One number that grows with every committed change of what readers see. Each application
-- instance keeps rendered reader pages keyed by this number, so a page is served from memory
-- only while nothing it may show has changed, whichever instance, import or script made the
-- change. Statement-level triggers: one bump per statement, however many rows it touches.
create table data_version (
    only_row boolean primary key default true check (only_row),
    version  bigint  not null
);
insert into data_version (version) values (0);

create function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = version + 1;
    return null;
end
$$;

do $$
declare
    reader_table text;
begin
    foreach reader_table in array array['process', 'party', 'process_party', 'person', 'person_alias', 'source',
            'round', 'delegation', 'delegation_member', 'third_party', 'proposal', 'exchange_agreement',
            'exchange_stage', 'memorandum', 'clause', 'statement', 'context_event', 'citation',
            'exchange_side_total', 'exchange_received_day', 'exchange_received_month'] loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function bump_data_version()',
                       reader_table || '_bumps_data_version', reader_table);
    end loop;
end
$$;
