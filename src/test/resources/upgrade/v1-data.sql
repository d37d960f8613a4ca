-- Data written by the first schema (V1), as a deployment of it would hold.
insert into source (id, slug, publisher, title, url, published_on, kind) values
    (1, 'geneva-report', 'Example Wire', 'Delegations meet in Geneva', 'https://example.org/geneva', '2024-03-02', 'INDEPENDENT');
insert into party (id, slug, name, kind) values (1, 'north', 'Northland', 'STATE'), (2, 'south', 'Southland', 'STATE');
insert into person (id, slug, name) values (1, 'ana-nowak', 'Ana Nowak');
insert into person_alias (person_id, alias) values (1, 'Anna Novak');
insert into process (id, slug, name) values (1, 'north-south-talks', 'North–South talks');
insert into process_party (process_id, party_id) values (1, 1), (1, 2);
insert into round (id, process_id, slug, number, status, city, held_on, summary, published)
    values (1, 1, 'geneva-2024-03-01', 1, 'HELD', 'Geneva', '2024-03-01', 'The delegations agreed on a lighthouse commission.', true);
insert into delegation (id, round_id, party_id) values (1, 1, 1);
insert into delegation_member (id, delegation_id, person_id, title, role, position) values (1, 1, 1, 'Foreign Minister', 'HEAD', 0);
insert into proposal (id, round_id, slug, party_id, category, title, status, position)
    values (1, 1, 'lighthouse-commission', 1, 'PROCEDURAL', 'A joint lighthouse commission', 'ACCEPTED', 0);
insert into statement (id, process_id, slug, round_id, speaker_id, party_id, said_on, said_on_precision, text)
    values (1, 1, 'nowak-hopeful', 1, 1, 1, '2024-03-01', 'DAY', 'Nowak said the talks were hopeful.');
insert into citation (source_id, round_id, position) values (1, 1, 0);
insert into citation (source_id, delegation_id, position) values (1, 1, 0);
insert into citation (source_id, proposal_id, position) values (1, 1, 0);
insert into citation (source_id, statement_id, position) values (1, 1, 0);
select setval(pg_get_serial_sequence(t, 'id'), 100) from unnest(array['source', 'party', 'person', 'process', 'round',
    'delegation', 'delegation_member', 'proposal', 'statement', 'citation']) as t;
