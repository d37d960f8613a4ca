-- Full-text search: one generated document per searchable fact, indexed with GIN.
-- English stemming for prose; names in other scripts pass through as they are.

alter table round add column search tsvector generated always as (
    to_tsvector('english', coalesce(city, '') || ' ' || coalesce(venue, '') || ' ' || coalesce(summary, '') || ' '
        || coalesce(outcome, '') || ' ' || coalesce(next_steps, ''))) stored;
create index round_search_idx on round using gin (search);

alter table proposal add column search tsvector generated always as (
    to_tsvector('english', title || ' ' || coalesce(details, '') || ' ' || coalesce(response, ''))) stored;
create index proposal_search_idx on proposal using gin (search);

alter table memorandum add column search tsvector generated always as (
    to_tsvector('english', title || ' ' || coalesce(summary, ''))) stored;
create index memorandum_search_idx on memorandum using gin (search);

alter table clause add column search tsvector generated always as (to_tsvector('english', text)) stored;
create index clause_search_idx on clause using gin (search);

alter table statement add column search tsvector generated always as (
    to_tsvector('english', text || ' ' || coalesce(quote, '') || ' ' || coalesce(speaker_title, ''))) stored;
create index statement_search_idx on statement using gin (search);

-- Filters of the rounds list and lookups by process (other foreign keys lead a unique index already).
create index round_status_idx on round (status);
create index round_city_idx on round (city);
create index memorandum_process_idx on memorandum (process_id);
