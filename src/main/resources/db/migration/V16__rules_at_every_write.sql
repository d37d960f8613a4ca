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

-- A published round and each fact shown on it cite at least one source, at every write, as
-- publishing checks (RoundEditor.publish). Checked at commit (deferred), as an editor replaces a
-- fact's citations by deleting and inserting them. Clauses are left out: the data file lets a
-- clause be covered by its memorandum's sources.
create function unsourced_on_published_round(fact_table text, fact_id bigint) returns boolean
    language plpgsql stable as $$
declare
    fact_round bigint;
    cited boolean;
begin
    fact_round := case fact_table
        when 'round' then fact_id
        when 'delegation' then (select d.round_id from delegation d where d.id = fact_id)
        when 'third_party' then (select t.round_id from third_party t where t.id = fact_id)
        when 'proposal' then (select x.round_id from proposal x where x.id = fact_id)
        when 'exchange_agreement' then (select e.round_id from exchange_agreement e where e.id = fact_id)
        when 'exchange_stage' then (select e.round_id from exchange_stage s
                                    join exchange_agreement e on e.id = s.agreement_id where s.id = fact_id)
        when 'memorandum' then (select m.round_id from memorandum m where m.id = fact_id)
        when 'statement' then (select s.round_id from statement s where s.id = fact_id)
    end;
    if fact_round is null or not exists (select from round r where r.id = fact_round and r.published) then
        return false;
    end if;
    execute format('select exists (select from citation where %I = $1)', fact_table || '_id') into cited using fact_id;
    return not cited;
end
$$;

create function published_round_facts_cite_sources() returns trigger language plpgsql as $$
declare
    fact_table text;
    fact_id bigint;
    unsourced boolean;
begin
    if TG_TABLE_NAME = 'citation' then
        fact_id := coalesce(OLD.round_id, OLD.delegation_id, OLD.third_party_id, OLD.proposal_id,
                            OLD.exchange_agreement_id, OLD.exchange_stage_id, OLD.memorandum_id, OLD.statement_id);
        fact_table := case fact_id
            when OLD.round_id then 'round' when OLD.delegation_id then 'delegation'
            when OLD.third_party_id then 'third_party' when OLD.proposal_id then 'proposal'
            when OLD.exchange_agreement_id then 'exchange_agreement' when OLD.exchange_stage_id then 'exchange_stage'
            when OLD.memorandum_id then 'memorandum' when OLD.statement_id then 'statement' end;
        unsourced := fact_table is not null and unsourced_on_published_round(fact_table, fact_id);
    elsif TG_TABLE_NAME = 'round' then
        unsourced := NEW.published and (unsourced_on_published_round('round', NEW.id)
            or exists (select from delegation d where d.round_id = NEW.id and unsourced_on_published_round('delegation', d.id))
            or exists (select from third_party t where t.round_id = NEW.id and unsourced_on_published_round('third_party', t.id))
            or exists (select from proposal x where x.round_id = NEW.id and unsourced_on_published_round('proposal', x.id))
            or exists (select from exchange_agreement e where e.round_id = NEW.id
                       and unsourced_on_published_round('exchange_agreement', e.id))
            or exists (select from exchange_stage s join exchange_agreement e on e.id = s.agreement_id
                       where e.round_id = NEW.id and unsourced_on_published_round('exchange_stage', s.id))
            or exists (select from memorandum m where m.round_id = NEW.id and unsourced_on_published_round('memorandum', m.id))
            or exists (select from statement s where s.round_id = NEW.id and unsourced_on_published_round('statement', s.id)));
    else
        unsourced := unsourced_on_published_round(TG_TABLE_NAME, NEW.id);
    end if;
    if unsourced then
        raise exception using errcode = 'check_violation', constraint = 'published_round_facts_cite_sources',
            message = format('new row for relation "%s" violates check constraint "published_round_facts_cite_sources"',
                             TG_TABLE_NAME),
            detail = 'A published round and each fact shown on it cite at least one source.';
    end if;
    return null;
end
$$;

create constraint trigger round_cites_a_source_when_published after insert or update of published on round
    deferrable initially deferred for each row execute function published_round_facts_cite_sources();
create constraint trigger citation_kept_on_published_round after delete or update on citation
    deferrable initially deferred for each row execute function published_round_facts_cite_sources();
create constraint trigger delegation_cites_a_source_on_published_round after insert on delegation
    deferrable initially deferred for each row execute function published_round_facts_cite_sources();
create constraint trigger third_party_cites_a_source_on_published_round after insert on third_party
    deferrable initially deferred for each row execute function published_round_facts_cite_sources();
create constraint trigger proposal_cites_a_source_on_published_round after insert on proposal
    deferrable initially deferred for each row execute function published_round_facts_cite_sources();
create constraint trigger exchange_agreement_cites_a_source_on_published_round after insert on exchange_agreement
    deferrable initially deferred for each row execute function published_round_facts_cite_sources();
create constraint trigger exchange_stage_cites_a_source_on_published_round after insert on exchange_stage
    deferrable initially deferred for each row execute function published_round_facts_cite_sources();
create constraint trigger memorandum_cites_a_source_on_published_round after insert or update of round_id on memorandum
    deferrable initially deferred for each row execute function published_round_facts_cite_sources();
create constraint trigger statement_cites_a_source_on_published_round after insert or update of round_id on statement
    deferrable initially deferred for each row execute function published_round_facts_cite_sources();

-- Every text column has a length limit. The names and titles are varchar(n) since V1; the long
-- texts get one here, 4,000 characters (EditingForm.LONG_TEXT; the data file's JSON Schema says
-- as much, TextLimitsTests keeps the three in agreement). A check rather than varchar(4000): V2's
-- search columns are computed from these columns, and a column's type cannot change under them.
alter table process add constraint process_description_length check (char_length(description) <= 4000);
alter table round
    add constraint round_summary_length check (char_length(summary) <= 4000),
    add constraint round_outcome_length check (char_length(outcome) <= 4000),
    add constraint round_next_steps_length check (char_length(next_steps) <= 4000);
alter table proposal
    add constraint proposal_details_length check (char_length(details) <= 4000),
    add constraint proposal_response_length check (char_length(response) <= 4000);
alter table exchange_agreement
    add constraint exchange_agreement_criteria_length check (char_length(criteria) <= 4000),
    add constraint exchange_agreement_description_length check (char_length(description) <= 4000);
alter table exchange_stage add constraint exchange_stage_note_length check (char_length(note) <= 4000);
alter table memorandum add constraint memorandum_summary_length check (char_length(summary) <= 4000);
alter table clause add constraint clause_text_length check (char_length(text) <= 4000);
alter table statement add constraint statement_text_length check (char_length(text) <= 4000);
alter table context_event add constraint context_event_description_length check (char_length(description) <= 4000);
