-- Search across scripts and spellings (issue 18.4). Until now the search documents were built
-- with the 'english' configuration: a word with diacritics (Çırağan, Déclaration) was only found as
-- written, and a Russian or Ukrainian word only in the form searched. Now every document and every
-- query is first stripped of its accents (unaccent: Çırağan is Ciragan, and so is Cıragan), then
-- read with the 'talks' configuration: words in Latin letters are stemmed as English, as before,
-- and words in other scripts as Russian, so a Russian word is found in any of its forms.
-- PostgreSQL has no Ukrainian dictionary: Ukrainian words go through the same steps, which lower
-- their case and cut only the endings the two languages share. Names in other spellings and scripts
-- (Umyerov, Умеров, Чираган) are matched by the application (search/Spellings), which widens the
-- searched words to the spellings stored. The two functions below are the one home of this rule:
-- every search column is built with talks_document, every query with talks_query.
create extension if not exists unaccent;

create text search configuration talks (copy = english);
alter text search configuration talks alter mapping for word, hword, hword_part with russian_stem;

-- unaccent() is only stable (its rules could be edited); naming its dictionary makes the result
-- depend on nothing else, which a generated column needs.
create function talks_unaccent(text) returns text
    language sql immutable parallel safe strict
    return public.unaccent('public.unaccent'::regdictionary, $1);

create function talks_document(text) returns tsvector
    language sql immutable parallel safe strict
    return to_tsvector('talks'::regconfig, talks_unaccent($1));

create function talks_query(text) returns tsquery
    language sql immutable parallel safe strict
    return to_tsquery('talks'::regconfig, talks_unaccent($1));

alter table round drop column search;
alter table round add column search tsvector generated always as (
    talks_document(coalesce(city, '') || ' ' || coalesce(venue, '') || ' ' || coalesce(summary, '') || ' '
        || coalesce(outcome, '') || ' ' || coalesce(next_steps, ''))) stored;
create index round_search_idx on round using gin (search);

alter table proposal drop column search;
alter table proposal add column search tsvector generated always as (
    talks_document(title || ' ' || coalesce(details, '') || ' ' || coalesce(response, ''))) stored;
create index proposal_search_idx on proposal using gin (search);

alter table memorandum drop column search;
alter table memorandum add column search tsvector generated always as (
    talks_document(title || ' ' || coalesce(summary, ''))) stored;
create index memorandum_search_idx on memorandum using gin (search);

alter table clause drop column search;
alter table clause add column search tsvector generated always as (talks_document(text)) stored;
create index clause_search_idx on clause using gin (search);

alter table statement drop column search;
alter table statement add column search tsvector generated always as (
    talks_document(text || ' ' || coalesce(quote, '') || ' ' || coalesce(speaker_title, ''))) stored;
create index statement_search_idx on statement using gin (search);
