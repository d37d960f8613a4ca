-- Identifiers in UCDP and PA-X (issue 19.6), where those data sets have them: UCDP numbers its
-- actors (a party: a state's government, an organisation, an armed group) and its conflicts (what a
-- peace process is about); PA-X numbers its peace processes. Neither numbers people. A UCDP actor
-- is one party here; one UCDP conflict or PA-X process can hold several of our processes (tracks of
-- the same conflict), so those are not unique.
alter table party add column ucdp_actor_id integer
    constraint party_ucdp_actor_id_positive check (ucdp_actor_id > 0)
    constraint party_ucdp_actor_id_unique unique;
alter table process add column ucdp_conflict_id integer
    constraint process_ucdp_conflict_id_positive check (ucdp_conflict_id > 0);
alter table process add column pax_process_id integer
    constraint process_pax_process_id_positive check (pax_process_id > 0);

-- Their history, as Envers keeps it (with its flag for a changed value).
alter table party_aud add column ucdp_actor_id integer, add column ucdp_actor_id_mod boolean;
alter table process_aud add column ucdp_conflict_id integer, add column ucdp_conflict_id_mod boolean,
    add column pax_process_id integer, add column pax_process_id_mod boolean;
