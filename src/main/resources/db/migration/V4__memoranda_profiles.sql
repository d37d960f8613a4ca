-- The party page lists the memoranda a party authored and the statements attributed to it.
create index memorandum_author_party_idx on memorandum (author_party_id);
create index statement_party_idx on statement (party_id);
