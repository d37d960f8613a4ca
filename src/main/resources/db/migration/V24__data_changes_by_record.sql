-- Which records each data version changed (issue 17.2), so an instance keeping rendered pages
-- drops only those that show what changed: a save in one round leaves every other round's page
-- kept. Each raise of data_version (V12) now also writes the topics it changed, in the same
-- transaction, under the version it raised to:
--   round:<slug>  the round's page and everything under its address (downloads, releases, citations);
--   all           anything a round page may show that is not one round's own (a person's or party's
--                 name, a source, a round's place among the others): every page.
-- Pages that list or count across rounds (lists, search, timeline, exchanges, people, parties, home)
-- are dropped on any raise of the version, with or without topics, as before.
-- Rows older than the last 1,000 versions are pruned; an instance further behind drops every page.
create table data_change (
    version bigint       not null,
    topic   varchar(200) not null,
    constraint data_change_topic_once_per_version primary key (version, topic)
);

-- Raises the data version by one and records the topics it changed under the new version. The row
-- lock taken by the update orders the versions as their transactions commit: no transaction can
-- commit a higher version while this one holds a lower one.
create function record_data_change(topics text[]) returns void language plpgsql as $$
declare
    raised bigint;
begin
    update data_version set version = version + 1 returning version into raised;
    insert into data_change (version, topic)
        select distinct raised, topic from unnest(topics) topic where topic is not null
        on conflict do nothing;
    if raised % 100 = 0 then
        delete from data_change where version <= raised - 1000;
    end if;
end
$$;

-- The tables that are no one round's: every page may show them.
create or replace function bump_data_version() returns trigger language plpgsql as $$
begin
    perform record_data_change(array['all']);
    return null;
end
$$;

-- The exchange tallies only feed the pages that count across rounds; the stage or agreement whose
-- change moved them names its round itself.
create function bump_data_version_for_lists() returns trigger language plpgsql as $$
begin
    perform record_data_change(array[]::text[]);
    return null;
end
$$;

do $$
declare
    tally text;
begin
    foreach tally in array array['exchange_side_total', 'exchange_received_day', 'exchange_received_month'] loop
        execute format('drop trigger %I on %I', tally || '_bumps_data_version', tally);
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function bump_data_version_for_lists()',
                       tally || '_bumps_data_version', tally);
    end loop;
end
$$;

-- The rounds that rows of a round's fact table belong to, given the rows as JSON: through the
-- row's own round, its delegation, its agreement or its memorandum; a statement also concerns the
-- rounds of the statement it disputes and of those disputing it, and a citation the round of its fact.
create function rounds_of_rows(fact_table text, fact_rows jsonb) returns setof bigint language sql stable as $$
    with r as (select value as row from jsonb_array_elements(coalesce(fact_rows, '[]'::jsonb)))
    select (row ->> 'round_id')::bigint from r
        where fact_table in ('delegation', 'third_party', 'proposal', 'exchange_agreement', 'memorandum',
                             'statement', 'round_withdrawal', 'round_release', 'citation')
    union select d.round_id from r join delegation d on d.id = (row ->> 'delegation_id')::bigint
        where fact_table in ('delegation_member', 'citation')
    union select a.round_id from r join exchange_agreement a on a.id = (row ->> 'agreement_id')::bigint
        where fact_table = 'exchange_stage'
    union select m.round_id from r join memorandum m on m.id = (row ->> 'memorandum_id')::bigint
        where fact_table in ('clause', 'citation')
    union select s.round_id from r join statement s on s.id = (row ->> 'disputes_id')::bigint
        where fact_table = 'statement'
    union select s.round_id from r join statement s on s.disputes_id = (row ->> 'id')::bigint
        where fact_table = 'statement'
    union select s.round_id from r join statement s on s.id = (row ->> 'statement_id')::bigint
        where fact_table = 'citation'
    union select t.round_id from r join third_party t on t.id = (row ->> 'third_party_id')::bigint
        where fact_table = 'citation'
    union select p.round_id from r join proposal p on p.id = (row ->> 'proposal_id')::bigint
        where fact_table = 'citation'
    union select a.round_id from r join exchange_agreement a on a.id = (row ->> 'exchange_agreement_id')::bigint
        where fact_table = 'citation'
    union select a.round_id from r join exchange_stage e on e.id = (row ->> 'exchange_stage_id')::bigint
        join exchange_agreement a on a.id = e.agreement_id
        where fact_table = 'citation'
    union select m.round_id from r join clause c on c.id = (row ->> 'clause_id')::bigint
        join memorandum m on m.id = c.memorandum_id
        where fact_table = 'citation'
$$;

-- A statement's trigger for a round's fact table: the topics of the rounds its rows belong to,
-- before and after the change. The transition tables exist only for the events that have them.
create function record_round_facts_change() returns trigger language plpgsql as $$
declare
    changed jsonb := '[]'::jsonb;
begin
    if tg_op in ('INSERT', 'UPDATE') then
        changed := changed || coalesce((select jsonb_agg(to_jsonb(n)) from new_rows n), '[]'::jsonb);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        changed := changed || coalesce((select jsonb_agg(to_jsonb(o)) from old_rows o), '[]'::jsonb);
    end if;
    perform record_data_change(array(
        select 'round:' || r.slug from round r where r.id in (select rounds_of_rows(tg_table_name, changed))));
    return null;
end
$$;

-- The round itself: its own topic under its old and new slug; a new or removed round, or a change
-- of anything a neighbouring round or a list shows of it (its number, date, place, status, slug,
-- publication), concerns every page. Its texts and its "last updated" are its page's alone.
create function record_round_change() returns trigger language plpgsql as $$
declare
    topics text[] := array[]::text[];
    own_only constant text[] := array['summary', 'outcome', 'next_steps', 'updated_at', 'version'];
begin
    if tg_op in ('INSERT', 'DELETE') then
        topics := array['all'];
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        topics := topics || array(select 'round:' || n.slug from new_rows n);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        topics := topics || array(select 'round:' || o.slug from old_rows o);
    end if;
    if tg_op = 'UPDATE' then
        if exists (select from old_rows o join new_rows n on n.id = o.id
                   where (to_jsonb(o) - own_only) is distinct from (to_jsonb(n) - own_only)) then
            topics := topics || array['all'];
        end if;
    end if;
    perform record_data_change(topics);
    return null;
end
$$;

do $$
declare
    fact_table text;
    events text[];
    event text;
    function_name text;
begin
    foreach fact_table in array array['round', 'delegation', 'delegation_member', 'third_party', 'proposal',
            'exchange_agreement', 'exchange_stage', 'memorandum', 'clause', 'statement', 'citation',
            'round_withdrawal', 'round_release'] loop
        function_name := case fact_table when 'round' then 'record_round_change' else 'record_round_facts_change' end;
        events := case when fact_table = 'round_release' then array['insert']
                       else array['insert', 'update', 'delete'] end;
        execute format('drop trigger %I on %I', fact_table || '_bumps_data_version', fact_table);
        foreach event in array events loop
            execute format('create trigger %I after %s on %I referencing %s for each statement execute function %I()',
                           fact_table || '_' || event || '_records_change', event, fact_table,
                           case event when 'insert' then 'new table as new_rows'
                                      when 'update' then 'old table as old_rows new table as new_rows'
                                      else 'old table as old_rows' end,
                           function_name);
        end loop;
        if fact_table <> 'round_release' then
            execute format('create trigger %I after truncate on %I for each statement execute function bump_data_version()',
                           fact_table || '_truncate_records_change', fact_table);
        end if;
    end loop;
end
$$;
