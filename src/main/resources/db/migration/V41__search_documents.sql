-- Search reads one table (issue 17.1). Until now every search matched its words against five
-- tables (rounds, proposals, memoranda, clauses, statements), each joined to its round to leave out
-- drafts, and gathered each hit's title and passage from those tables again, joined to people,
-- parties and memoranda: PostgreSQL planned all those joins afresh for every search
-- (plan_cache_mode is force_custom_plan, on purpose), at more cost than running them. Now each fact
-- a reader may find has one row here: the words it is found by, the date its kind is ordered by,
-- the person it quotes, and what a hit shows (its slug, round, process, title in each language,
-- speaker, and the text its passage is cut from); a draft round's facts have none. The facts' own
-- search columns stay the one home of which words a fact holds (V32, V37): a document copies its
-- fact's column. The triggers below keep the documents as the facts stand, whoever writes them
-- (editors' saves, data-file imports, withdrawals, scripts), in the same transaction.
create table search_document (
    kind           text     not null,
    id             bigint   not null,
    dated          date,
    speaker        bigint,
    search         tsvector not null,
    slug           text     not null,
    round_id       bigint,
    process_id     bigint,
    title          text,
    title_uk       text,
    title_ru       text,
    title_original text,
    speaker_slug   text,
    passage        text     not null,
    constraint search_document_key primary key (kind, id)
);
-- Rare words are found through the words; words found in most facts through each kind's newest
-- first (SearchHits); statements by the people a search names through their speaker.
create index search_document_words_idx on search_document using gin (search);
create index search_document_newest_idx on search_document (kind, dated desc nulls last, id desc);
create index search_document_speaker_idx on search_document (speaker) where speaker is not null;

-- What readers may find, as the facts stand: the facts of published rounds, and memoranda, their
-- clauses and statements that belong to no round. A hit's round is the fact's round, its process
-- that round's, else the fact's own; a round and a proposal are titled by their text, the others
-- by a name (a memorandum's title, the speaker's name, else the party's).
create view search_source as
    select 'ROUND'::text as kind, r.id, r.held_on as dated, null::bigint as speaker, r.search, r.slug::text as slug,
           r.id as round_id, null::bigint as process_id, null::text as title, null::text as title_uk,
           null::text as title_ru, null::text as title_original, null::text as speaker_slug,
           concat_ws(' ', r.summary, r.outcome, r.next_steps) as passage
    from round r where r.published
    union all
    select 'PROPOSAL', x.id, r.held_on, null, x.search, x.slug, x.round_id, null, x.title, null, null, null, null,
           concat_ws(' ', x.title, x.details, x.response)
    from proposal x join round r on r.id = x.round_id where r.published
    union all
    select 'MEMORANDUM', m.id, m.delivered_on, null, m.search, m.slug, m.round_id, m.process_id, m.title, m.title_uk,
           m.title_ru, m.title_original, null, concat_ws(' ', m.title, m.summary)
    from memorandum m left join round r on r.id = m.round_id where r.id is null or r.published
    union all
    select 'CLAUSE', c.id, m.delivered_on, null, c.search, m.slug, m.round_id, m.process_id, m.title, m.title_uk,
           m.title_ru, m.title_original, null, c.text
    from clause c join memorandum m on m.id = c.memorandum_id left join round r on r.id = m.round_id
    where r.id is null or r.published
    union all
    select 'STATEMENT', s.id, s.said_on, s.speaker_id, s.search, s.slug, s.round_id, s.process_id,
           case when who.id is not null then who.name else party.name end,
           case when who.id is not null then who.name_uk else party.name_uk end,
           case when who.id is not null then who.name_ru else party.name_ru end,
           case when who.id is not null then who.name_original else party.name_original end,
           who.slug, concat_ws(' ', s.text, s.quote)
    from statement s left join round r on r.id = s.round_id left join person who on who.id = s.speaker_id
    left join party on party.id = s.party_id
    where r.id is null or r.published;

-- The documents of these facts of one kind made again from the facts: a fact that is gone or is
-- in a draft loses its document.
create function search_documents_refresh(fact_kind text, fact_ids bigint[]) returns void
    language plpgsql as $$
begin
    delete from search_document d where d.kind = fact_kind and d.id = any (fact_ids);
    insert into search_document
    select f.* from search_source f where f.kind = fact_kind and f.id = any (fact_ids);
end $$;

-- The triggers below run once per statement, with the rows it changed (transition tables, all
-- named "changed"), not once per row: a script or an import that writes thousands of facts in one
-- statement refreshes their documents in one pass.

-- Rounds: a round's own document, and when a round is published, withdrawn to a draft or moved to
-- another day, the documents of every fact on it too (a deleted round's facts have triggers of
-- their own). An update that leaves what a document holds as it was (a round's "last updated",
-- say) refreshes nothing. A round's number and process are read with its hits, not kept here.
create function search_documents_of_rounds() returns trigger language plpgsql as $$
begin
    perform search_documents_refresh('ROUND', array(select id from changed));
    return null;
end $$;

create function search_documents_of_updated_rounds() returns trigger language plpgsql as $$
declare
    moved bigint[];
begin
    perform search_documents_refresh('ROUND', array(select n.id from changed n join before_change o on o.id = n.id
        where (o.search, o.published, o.held_on, o.slug, o.summary, o.outcome, o.next_steps)
              is distinct from (n.search, n.published, n.held_on, n.slug, n.summary, n.outcome, n.next_steps)));
    moved := array(select n.id from changed n join before_change o on o.id = n.id
        where o.published <> n.published or o.held_on <> n.held_on);
    if cardinality(moved) > 0 then
        perform search_documents_refresh('PROPOSAL', array(select x.id from proposal x where x.round_id = any (moved)));
        perform search_documents_refresh('MEMORANDUM', array(select m.id from memorandum m where m.round_id = any (moved)));
        perform search_documents_refresh('CLAUSE', array(select c.id from clause c
            join memorandum m on m.id = c.memorandum_id where m.round_id = any (moved)));
        perform search_documents_refresh('STATEMENT', array(select s.id from statement s where s.round_id = any (moved)));
    end if;
    return null;
end $$;

-- A memorandum's document, and on an update its clauses' too (which show its slug, title, round
-- and date).
create function search_documents_of_memoranda() returns trigger language plpgsql as $$
begin
    perform search_documents_refresh('MEMORANDUM', array(select id from changed));
    if TG_OP = 'UPDATE' then
        perform search_documents_refresh('CLAUSE', array(select c.id from clause c
            where c.memorandum_id in (select id from changed)));
    end if;
    return null;
end $$;

-- Proposals', clauses' and statements' documents, made again at each change of the facts.
create function search_documents_of_facts() returns trigger language plpgsql as $$
begin
    perform search_documents_refresh(TG_ARGV[0], array(select id from changed));
    return null;
end $$;

-- The statements a person or party said, whose hits are titled by the name (and link to the
-- person's page).
create function search_documents_of_speaker() returns trigger language plpgsql as $$
begin
    if TG_TABLE_NAME = 'person' then
        perform search_documents_refresh('STATEMENT', array(select s.id from statement s where s.speaker_id = NEW.id));
    else
        perform search_documents_refresh('STATEMENT', array(select s.id from statement s
            where s.party_id = NEW.id and s.speaker_id is null));
    end if;
    return null;
end $$;

create trigger round_search_document_insert after insert on round
    referencing new table as changed for each statement execute function search_documents_of_rounds();
create trigger round_search_document_update after update on round
    referencing old table as before_change new table as changed
    for each statement execute function search_documents_of_updated_rounds();
create trigger round_search_document_delete after delete on round
    referencing old table as changed for each statement execute function search_documents_of_rounds();
create trigger memorandum_search_document_insert after insert on memorandum
    referencing new table as changed for each statement execute function search_documents_of_memoranda();
create trigger memorandum_search_document_update after update on memorandum
    referencing new table as changed for each statement execute function search_documents_of_memoranda();
create trigger memorandum_search_document_delete after delete on memorandum
    referencing old table as changed for each statement execute function search_documents_of_memoranda();
create trigger proposal_search_document_insert after insert on proposal
    referencing new table as changed for each statement execute function search_documents_of_facts('PROPOSAL');
create trigger proposal_search_document_update after update on proposal
    referencing new table as changed for each statement execute function search_documents_of_facts('PROPOSAL');
create trigger proposal_search_document_delete after delete on proposal
    referencing old table as changed for each statement execute function search_documents_of_facts('PROPOSAL');
create trigger clause_search_document_insert after insert on clause
    referencing new table as changed for each statement execute function search_documents_of_facts('CLAUSE');
create trigger clause_search_document_update after update on clause
    referencing new table as changed for each statement execute function search_documents_of_facts('CLAUSE');
create trigger clause_search_document_delete after delete on clause
    referencing old table as changed for each statement execute function search_documents_of_facts('CLAUSE');
create trigger statement_search_document_insert after insert on statement
    referencing new table as changed for each statement execute function search_documents_of_facts('STATEMENT');
create trigger statement_search_document_update after update on statement
    referencing new table as changed for each statement execute function search_documents_of_facts('STATEMENT');
create trigger statement_search_document_delete after delete on statement
    referencing old table as changed for each statement execute function search_documents_of_facts('STATEMENT');
create trigger person_search_document after update of slug, name, name_uk, name_ru, name_original on person
    for each row execute function search_documents_of_speaker();
create trigger party_search_document after update of name, name_uk, name_ru, name_original on party
    for each row execute function search_documents_of_speaker();

insert into search_document select * from search_source;
analyze search_document;
