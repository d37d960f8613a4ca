-- Pickers that scale (issue 16.2): an editor finds a source by its publisher, title or address, and a
-- person or party by name in any spelling, in one statement through a trigram index, whatever the
-- number of records.
create extension if not exists pg_trgm;

-- What a source is found by: its publisher, title and address. The index holds this expression, so
-- the search must call the same function.
create function source_search_text(publisher text, title text, url text) returns text
    language sql immutable parallel safe as $$
    select publisher || ' ' || title || ' ' || coalesce(url, '')
$$;
create index source_search_idx on source using gin (source_search_text(publisher, title, url) gin_trgm_ops);
create index person_name_search_idx on person using gin (name gin_trgm_ops);
create index person_alias_search_idx on person_alias using gin (alias gin_trgm_ops);
create index party_name_search_idx on party using gin (name gin_trgm_ops);

-- A delegation member cites its sources too (issue 16.5), like every other fact.
alter table citation add column delegation_member_id bigint references delegation_member (id) on delete cascade;
alter table citation drop constraint citation_cites_one_fact;
alter table citation add constraint citation_cites_one_fact
    check (num_nonnulls(round_id, delegation_id, delegation_member_id, third_party_id, proposal_id,
                        exchange_agreement_id, exchange_stage_id, exchange_reported_total_id, memorandum_id, clause_id,
                        statement_id, context_event_id) = 1);
create index citation_delegation_member_idx on citation (delegation_member_id) where delegation_member_id is not null;

create table delegation_member_citation_aud (
    rev                  bigint not null,
    revtype              smallint,
    position             integer not null,
    delegation_member_id bigint not null,
    source_id            bigint not null,
    primary key (position, delegation_member_id, rev, source_id),
    constraint delegation_member_citation_aud_rev_fk foreign key (rev) references revision (id)
);
alter table delegation_member_aud add column sources_mod boolean;

-- A member's citation changes its round's pages, like any other citation (V24 and V28, with the member's line).
create or replace function rounds_of_rows(fact_table text, fact_rows jsonb) returns setof bigint language sql stable as $$
    with r as (select value as row from jsonb_array_elements(coalesce(fact_rows, '[]'::jsonb)))
    select (row ->> 'round_id')::bigint from r
        where fact_table in ('delegation', 'third_party', 'proposal', 'exchange_agreement', 'memorandum',
                             'statement', 'round_withdrawal', 'round_release', 'citation')
    union select d.round_id from r join delegation d on d.id = (row ->> 'delegation_id')::bigint
        where fact_table in ('delegation_member', 'citation')
    union select d.round_id from r join delegation_member m on m.id = (row ->> 'delegation_member_id')::bigint
        join delegation d on d.id = m.delegation_id
        where fact_table = 'citation'
    union select a.round_id from r join exchange_agreement a on a.id = (row ->> 'agreement_id')::bigint
        where fact_table in ('exchange_stage', 'exchange_reported_total')
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
    union select a.round_id from r join exchange_reported_total t on t.id = (row ->> 'exchange_reported_total_id')::bigint
        join exchange_agreement a on a.id = t.agreement_id
        where fact_table = 'citation'
    union select m.round_id from r join clause c on c.id = (row ->> 'clause_id')::bigint
        join memorandum m on m.id = c.memorandum_id
        where fact_table = 'citation'
$$;
