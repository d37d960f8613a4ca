-- Identifiers that join other data sets: a party's, a person's and a process's Wikidata item
-- (Q212 for Ukraine), entered by editors, shown as links and exported. At most one record of a
-- kind names an item.
alter table party add column wikidata_id varchar(20)
    constraint party_wikidata_id_format check (wikidata_id ~ '^Q[1-9][0-9]*$')
    constraint party_wikidata_id_unique unique;
alter table person add column wikidata_id varchar(20)
    constraint person_wikidata_id_format check (wikidata_id ~ '^Q[1-9][0-9]*$')
    constraint person_wikidata_id_unique unique;
alter table process add column wikidata_id varchar(20)
    constraint process_wikidata_id_format check (wikidata_id ~ '^Q[1-9][0-9]*$')
    constraint process_wikidata_id_unique unique;

-- Their history, as Envers keeps it (with its flag for a changed value).
alter table party_aud add column wikidata_id text, add column wikidata_id_mod boolean;
alter table person_aud add column wikidata_id text, add column wikidata_id_mod boolean;
alter table process_aud add column wikidata_id text, add column wikidata_id_mod boolean;
