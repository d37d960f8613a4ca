-- Names in several languages and scripts (issue 18.2). People, parties, processes, a round's city
-- and venue, and a memorandum's title carry a name per language the site speaks (en, uk, ru), one
-- of them marked as the original. The existing column stays the English name, which every record
-- has (pages fall back to it last); the Ukrainian and Russian names sit beside it, so a page reads a
-- record's names in the same statement as the record, and the original is one column naming its
-- language: exactly one name is the original, and it is one the record has. A round's city and venue
-- may be unknown: then neither has a name in any language nor an original.

alter table person
    add column name_uk varchar(200) constraint person_name_uk_not_blank check (name_uk ~ '\S'),
    add column name_ru varchar(200) constraint person_name_ru_not_blank check (name_ru ~ '\S'),
    add column name_original varchar(2) not null default 'en'
        constraint person_name_original_known check (name_original in ('en', 'uk', 'ru')),
    add constraint person_original_name_given check (name_original = 'en'
        or (name_original = 'uk' and name_uk is not null) or (name_original = 'ru' and name_ru is not null));

alter table party
    add column name_uk varchar(200) constraint party_name_uk_not_blank check (name_uk ~ '\S'),
    add column name_ru varchar(200) constraint party_name_ru_not_blank check (name_ru ~ '\S'),
    add column name_original varchar(2) not null default 'en'
        constraint party_name_original_known check (name_original in ('en', 'uk', 'ru')),
    add constraint party_original_name_given check (name_original = 'en'
        or (name_original = 'uk' and name_uk is not null) or (name_original = 'ru' and name_ru is not null));

alter table process
    add column name_uk varchar(300) constraint process_name_uk_not_blank check (name_uk ~ '\S'),
    add column name_ru varchar(300) constraint process_name_ru_not_blank check (name_ru ~ '\S'),
    add column name_original varchar(2) not null default 'en'
        constraint process_name_original_known check (name_original in ('en', 'uk', 'ru')),
    add constraint process_original_name_given check (name_original = 'en'
        or (name_original = 'uk' and name_uk is not null) or (name_original = 'ru' and name_ru is not null));

alter table memorandum
    add column title_uk varchar(300) constraint memorandum_title_uk_not_blank check (title_uk ~ '\S'),
    add column title_ru varchar(300) constraint memorandum_title_ru_not_blank check (title_ru ~ '\S'),
    add column title_original varchar(2) not null default 'en'
        constraint memorandum_title_original_known check (title_original in ('en', 'uk', 'ru')),
    add constraint memorandum_original_title_given check (title_original = 'en'
        or (title_original = 'uk' and title_uk is not null) or (title_original = 'ru' and title_ru is not null));

alter table round
    add column city_uk varchar(200) constraint round_city_uk_not_blank check (city_uk ~ '\S'),
    add column city_ru varchar(200) constraint round_city_ru_not_blank check (city_ru ~ '\S'),
    add column city_original varchar(2)
        constraint round_city_original_known check (city_original in ('en', 'uk', 'ru')),
    add column venue_uk varchar(300) constraint round_venue_uk_not_blank check (venue_uk ~ '\S'),
    add column venue_ru varchar(300) constraint round_venue_ru_not_blank check (venue_ru ~ '\S'),
    add column venue_original varchar(2)
        constraint round_venue_original_known check (venue_original in ('en', 'uk', 'ru'));
update round set city_original = 'en' where city is not null;
update round set venue_original = 'en' where venue is not null;
alter table round
    add constraint round_original_city_given check (case
        when city is null then city_uk is null and city_ru is null and city_original is null
        else city_original = 'en' or (city_original = 'uk' and city_uk is not null)
            or (city_original = 'ru' and city_ru is not null) end),
    add constraint round_original_venue_given check (case
        when venue is null then venue_uk is null and venue_ru is null and venue_original is null
        else venue_original = 'en' or (venue_original = 'uk' and venue_uk is not null)
            or (venue_original = 'ru' and venue_ru is not null) end);

-- Searching in any language finds a round by its city or venue and a memorandum by its title.
alter table round drop column search;
alter table round add column search tsvector generated always as (
    talks_document(coalesce(city, '') || ' ' || coalesce(venue, '') || ' ' || coalesce(city_uk, '') || ' '
        || coalesce(city_ru, '') || ' ' || coalesce(venue_uk, '') || ' ' || coalesce(venue_ru, '') || ' '
        || coalesce(summary, '') || ' ' || coalesce(outcome, '') || ' ' || coalesce(next_steps, ''))) stored;
create index round_search_idx on round using gin (search);

alter table memorandum drop column search;
alter table memorandum add column search tsvector generated always as (
    talks_document(title || ' ' || coalesce(title_uk, '') || ' ' || coalesce(title_ru, '') || ' '
        || coalesce(summary, ''))) stored;
create index memorandum_search_idx on memorandum using gin (search);

-- Their history, as Envers keeps it (with its flag for a changed value).
alter table person_aud add column name_uk text, add column name_ru text, add column name_original text,
    add column name_uk_mod boolean, add column name_ru_mod boolean, add column name_original_mod boolean;
alter table party_aud add column name_uk text, add column name_ru text, add column name_original text,
    add column name_uk_mod boolean, add column name_ru_mod boolean, add column name_original_mod boolean;
alter table process_aud add column name_uk text, add column name_ru text, add column name_original text,
    add column name_uk_mod boolean, add column name_ru_mod boolean, add column name_original_mod boolean;
alter table memorandum_aud add column title_uk text, add column title_ru text, add column title_original text,
    add column title_uk_mod boolean, add column title_ru_mod boolean, add column title_original_mod boolean;
alter table round_aud add column city_uk text, add column city_ru text, add column city_original text,
    add column venue_uk text, add column venue_ru text, add column venue_original text,
    add column city_uk_mod boolean, add column city_ru_mod boolean, add column city_original_mod boolean,
    add column venue_uk_mod boolean, add column venue_ru_mod boolean, add column venue_original_mod boolean;
