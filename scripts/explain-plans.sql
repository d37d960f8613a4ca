-- The statements the reader pages run against the issue-6 data set, as the application sends
-- them (captured from PostgreSQL's log with log_min_duration_statement = 0, one request per page,
-- bound values written in). scripts/explain-plans runs EXPLAIN ANALYZE on each and writes
-- docs/query-plans.md. When a repository's query changes, capture it again the same way.
\pset tuples_only on
\pset format unaligned
\pset pager off
set jit = off;
set plan_cache_mode = force_custom_plan;

\echo '## `/`'
\echo ''
\echo '### PeaceProcessRepository.findAllByOrderByName (processes with their parties)'
\echo ''
\echo '```'
explain (analyze, buffers)
select pp1_0.id,pp1_0.description,pp1_0.name,p1_0.process_id,p1_1.id,p1_1.kind,p1_1.name,p1_1.slug,p1_1.version,pp1_0.slug,pp1_0.version from process pp1_0 left join process_party p1_0 on pp1_0.id=p1_0.process_id left join party p1_1 on p1_1.id=p1_0.party_id order by pp1_0.name,p1_1.name;
\echo '```'
\echo ''
\echo '### RoundRepository.findLatestHeld'
\echo ''
\echo '```'
explain (analyze, buffers)
select r1_0.slug,r1_0.number,p1_0.name,p1_0.slug,r1_0.held_on,r1_0.city,r1_0.venue,r1_0.status from round r1_0 join process p1_0 on p1_0.id=r1_0.process_id where r1_0.published and r1_0.status='HELD' order by r1_0.held_on desc,r1_0.id desc fetch first 1 rows only;
\echo '```'
\echo ''
\echo '### RoundRepository.findNextScheduled'
\echo ''
\echo '```'
explain (analyze, buffers)
select r1_0.slug,r1_0.number,p1_0.name,p1_0.slug,r1_0.held_on,r1_0.city,r1_0.venue,r1_0.status from round r1_0 join process p1_0 on p1_0.id=r1_0.process_id where r1_0.published and r1_0.status='SCHEDULED' and r1_0.held_on>='2026-11-27' order by r1_0.held_on,r1_0.id fetch first 1 rows only;
\echo '```'
\echo ''
\echo '### ExchangeTallies.sides (totals by kind and by side)'
\echo ''
\echo '```'
explain (analyze, buffers)
select p.slug, p.name, t.kind, t.agreed, t.unreported, t.incomplete, t.agreements, t.received, t.stages
	from exchange_side_total t join party p on p.id = t.party_id
	where t.agreements > 0
	order by p.name, p.slug, t.kind;
\echo '```'
\echo ''
\echo '## `/rounds?page=50`'
\echo ''
\echo '### FilterChoices.options'
\echo ''
\echo '```'
explain (analyze, buffers)
select 'process' as kind, p.slug as value, p.name as label from process p
	where exists (select 1 from round r where r.process_id = p.id and r.published)
	union all
	select 'party', x.slug, x.name from party x
	where exists (select 1 from delegation d join round r on r.id = d.round_id where d.party_id = x.id and r.published)
	   or exists (select 1 from third_party t join round r on r.id = t.round_id where t.party_id = x.id and r.published)
	union all
	select 'year', cast(y as text), cast(y as text)
	from generate_series((select cast(extract(year from min(held_on)) as int) from round where published),
	                     (select cast(extract(year from max(held_on)) as int) from round where published)) y
	where exists (select 1 from round r
	              where r.published and r.held_on >= make_date(y, 1, 1) and r.held_on < make_date(y + 1, 1, 1))
	union all
	select distinct 'venue', r.city, r.city from round r where r.published and r.city is not null
	order by 1, 3;
\echo '```'
\echo ''
\echo '### RoundFinder.find: page of rounds'
\echo ''
\echo '```'
explain (analyze, buffers)
select r.slug, r.number, p.name as process_name, p.slug as process_slug, r.held_on, r.city, r.venue, r.status, 0 as total from round r join process p on p.id = r.process_id where r.published order by r.held_on desc, r.id desc limit '20' offset '980';
\echo '```'
\echo ''
\echo '### RoundFinder.find: count'
\echo ''
\echo '```'
explain (analyze, buffers)
select count(*) from round r join process p on p.id = r.process_id where r.published;
\echo '```'
\echo ''
\echo '## `/rounds?party=gen-party-3&year=2011&page=2`'
\echo ''
\echo '### FilterChoices.options'
\echo ''
\echo '```'
explain (analyze, buffers)
select 'process' as kind, p.slug as value, p.name as label from process p
	where exists (select 1 from round r where r.process_id = p.id and r.published)
	union all
	select 'party', x.slug, x.name from party x
	where exists (select 1 from delegation d join round r on r.id = d.round_id where d.party_id = x.id and r.published)
	   or exists (select 1 from third_party t join round r on r.id = t.round_id where t.party_id = x.id and r.published)
	union all
	select 'year', cast(y as text), cast(y as text)
	from generate_series((select cast(extract(year from min(held_on)) as int) from round where published),
	                     (select cast(extract(year from max(held_on)) as int) from round where published)) y
	where exists (select 1 from round r
	              where r.published and r.held_on >= make_date(y, 1, 1) and r.held_on < make_date(y + 1, 1, 1))
	union all
	select distinct 'venue', r.city, r.city from round r where r.published and r.city is not null
	order by 1, 3;
\echo '```'
\echo ''
\echo '### RoundFinder.find: page of rounds'
\echo ''
\echo '```'
explain (analyze, buffers)
select r.slug, r.number, p.name as process_name, p.slug as process_slug, r.held_on, r.city, r.venue, r.status, 0 as total from round r join process p on p.id = r.process_id where r.published and r.held_on >= make_date('2011', 1, 1) and r.held_on < make_date('2011' + 1, 1, 1) and (exists (select 1 from delegation d join party x on x.id = d.party_id where d.round_id = r.id and x.slug = 'gen-party-3')
	 or exists (select 1 from third_party t join party x on x.id = t.party_id where t.round_id = r.id and x.slug = 'gen-party-3')) order by r.held_on desc, r.id desc limit '20' offset '20';
\echo '```'
\echo ''
\echo '### RoundFinder.find: count'
\echo ''
\echo '```'
explain (analyze, buffers)
select count(*) from round r join process p on p.id = r.process_id where r.published and r.held_on >= make_date('2011', 1, 1) and r.held_on < make_date('2011' + 1, 1, 1) and (exists (select 1 from delegation d join party x on x.id = d.party_id where d.round_id = r.id and x.slug = 'gen-party-3')
	 or exists (select 1 from third_party t join party x on x.id = t.party_id where t.round_id = r.id and x.slug = 'gen-party-3'));
\echo '```'
\echo ''
\echo '## `/rounds?q=ceasefire+prisoners&page=3`'
\echo ''
\echo '### FilterChoices.options'
\echo ''
\echo '```'
explain (analyze, buffers)
select 'process' as kind, p.slug as value, p.name as label from process p
	where exists (select 1 from round r where r.process_id = p.id and r.published)
	union all
	select 'party', x.slug, x.name from party x
	where exists (select 1 from delegation d join round r on r.id = d.round_id where d.party_id = x.id and r.published)
	   or exists (select 1 from third_party t join round r on r.id = t.round_id where t.party_id = x.id and r.published)
	union all
	select 'year', cast(y as text), cast(y as text)
	from generate_series((select cast(extract(year from min(held_on)) as int) from round where published),
	                     (select cast(extract(year from max(held_on)) as int) from round where published)) y
	where exists (select 1 from round r
	              where r.published and r.held_on >= make_date(y, 1, 1) and r.held_on < make_date(y + 1, 1, 1))
	union all
	select distinct 'venue', r.city, r.city from round r where r.published and r.city is not null
	order by 1, 3;
\echo '```'
\echo ''
\echo '### NameSpellings.find'
\echo ''
\echo '```'
explain (analyze, buffers)
select p.id, p.name || ' ' || coalesce(string_agg(a.alias, ' '), '') as spellings
	from person p left join person_alias a on a.person_id = p.id
	group by p.id
	having to_tsvector('simple', p.name || ' ' || coalesce(string_agg(a.alias, ' '), ''))
	       @@ to_tsquery('simple', '(''ceasefire'') | (''prisoners'')');
\echo '```'
\echo ''
\echo '### RoundFinder.find: page of rounds, counting the matches'
\echo ''
\echo '```'
explain (analyze, buffers)
select r.slug, r.number, p.name as process_name, p.slug as process_slug, r.held_on, r.city, r.venue, r.status, count(*) over () as total from round r join process p on p.id = r.process_id cross join (select to_tsquery('english', '(''ceasefire'') & (''prisoners'')') as query) q where r.published and (r.search @@ q.query
	 or exists (select 1 from proposal x where x.round_id = r.id and x.search @@ q.query)
	 or exists (select 1 from memorandum x where x.round_id = r.id and x.search @@ q.query)
	 or exists (select 1 from clause c join memorandum x on x.id = c.memorandum_id where x.round_id = r.id and c.search @@ q.query)
	 or exists (select 1 from statement x where x.round_id = r.id and (x.search @@ q.query or x.speaker_id in ('-1')))
	 or exists (select 1 from delegation d join delegation_member m on m.delegation_id = d.id
	            where d.round_id = r.id and m.person_id in ('-1'))) order by ts_rank(r.search, q.query) desc, r.held_on desc, r.id desc limit '20' offset '40';
\echo '```'
\echo ''
\echo '## `/rounds/gen-round-5001`'
\echo ''
\echo '### RoundSummaries.of: the round with its process and sources'
\echo ''
\echo '```'
explain (analyze, buffers)
select r1_0.id,r1_0.city,r1_0.duration_minutes,r1_0.duration_precision,r1_0.ended_at,r1_0.held_on,r1_0.next_steps,r1_0.number,r1_0.outcome,r1_0.process_id,p1_0.id,p1_0.description,p1_0.name,p1_0.slug,p1_0.version,r1_0.published,r1_0.scheduled_start,r1_0.slug,s1_0.round_id,s1_0.position,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version,r1_0.started_at,r1_0.status,r1_0.summary,r1_0.updated_at,r1_0.venue,r1_0.version from round r1_0 join process p1_0 on p1_0.id=r1_0.process_id left join citation s1_0 on r1_0.id=s1_0.round_id left join source s1_1 on s1_1.id=s1_0.source_id where r1_0.slug='gen-round-5001' and r1_0.published=true;
\echo '```'
\echo ''
\echo '### RoundSummaries.of: delegations with members'
\echo ''
\echo '```'
explain (analyze, buffers)
select d1_0.id,m1_0.delegation_id,m1_0.id,m1_0.person_id,p2_0.id,p2_0.name,p2_0.slug,p2_0.version,m1_0.position,m1_0.role,m1_0.title,m1_0.version,d1_0.party_id,p1_0.id,p1_0.kind,p1_0.name,p1_0.slug,p1_0.version,d1_0.round_id,d1_0.version from delegation d1_0 join party p1_0 on p1_0.id=d1_0.party_id left join delegation_member m1_0 on d1_0.id=m1_0.delegation_id left join person p2_0 on p2_0.id=m1_0.person_id where d1_0.round_id='5001' order by d1_0.id,m1_0.position;
\echo '```'
\echo ''
\echo '### RoundSummaries.of: delegation sources'
\echo ''
\echo '```'
explain (analyze, buffers)
select d1_0.id,d1_0.party_id,d1_0.round_id,s1_0.delegation_id,s1_0.position,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version,d1_0.version from delegation d1_0 left join citation s1_0 on d1_0.id=s1_0.delegation_id left join source s1_1 on s1_1.id=s1_0.source_id where d1_0.round_id='5001';
\echo '```'
\echo ''
\echo '### RoundSummaries.of: third parties'
\echo ''
\echo '```'
explain (analyze, buffers)
select tp1_0.id,tp1_0.note,tp1_0.party_id,p1_0.id,p1_0.kind,p1_0.name,p1_0.slug,p1_0.version,tp1_0.role,tp1_0.round_id,s1_0.third_party_id,s1_0.position,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version,tp1_0.version from third_party tp1_0 join party p1_0 on p1_0.id=tp1_0.party_id left join citation s1_0 on tp1_0.id=s1_0.third_party_id left join source s1_1 on s1_1.id=s1_0.source_id where tp1_0.round_id='5001' order by tp1_0.role,tp1_0.id;
\echo '```'
\echo ''
\echo '### RoundSummaries.of: proposals'
\echo ''
\echo '```'
explain (analyze, buffers)
select p1_0.id,p1_0.category,p1_0.deadline,p1_0.details,p1_0.party_id,p2_0.id,p2_0.kind,p2_0.name,p2_0.slug,p2_0.version,p1_0.position,p1_0.response,p1_0.round_id,p1_0.slug,s1_0.proposal_id,s1_0.position,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version,p1_0.status,p1_0.title,p1_0.version from proposal p1_0 join party p2_0 on p2_0.id=p1_0.party_id left join citation s1_0 on p1_0.id=s1_0.proposal_id left join source s1_1 on s1_1.id=s1_0.source_id where p1_0.round_id='5001' order by p1_0.position;
\echo '```'
\echo ''
\echo '### RoundSummaries.of: exchange agreements'
\echo ''
\echo '```'
explain (analyze, buffers)
select ea1_0.id,ea1_0.all_for_all,ea1_0.criteria,ea1_0.description,ea1_0.kind,ea1_0.position,ea1_0.round_id,ea1_0.side_a_count,ea1_0.side_a_party_id,sa1_0.id,sa1_0.kind,sa1_0.name,sa1_0.slug,sa1_0.version,ea1_0.side_b_count,ea1_0.side_b_party_id,sb1_0.id,sb1_0.kind,sb1_0.name,sb1_0.slug,sb1_0.version,ea1_0.slug,s1_0.exchange_agreement_id,s1_0.position,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version,ea1_0.version from exchange_agreement ea1_0 join party sa1_0 on sa1_0.id=ea1_0.side_a_party_id join party sb1_0 on sb1_0.id=ea1_0.side_b_party_id left join citation s1_0 on ea1_0.id=s1_0.exchange_agreement_id left join source s1_1 on s1_1.id=s1_0.source_id where ea1_0.round_id='5001' order by ea1_0.position;
\echo '```'
\echo ''
\echo '### RoundSummaries.of: stages'
\echo ''
\echo '```'
explain (analyze, buffers)
select es1_0.id,es1_0.agreement_id,es1_0.announced_on,es1_0.note,es1_0.occurred_on,es1_0.occurred_on_precision,es1_0.sequence,es1_0.side_a_received_per_a,es1_0.side_a_received_per_b,es1_0.side_a_withheld,es1_0.side_b_received_per_a,es1_0.side_b_received_per_b,es1_0.side_b_withheld,s1_0.exchange_stage_id,s1_0.position,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version,es1_0.version from exchange_stage es1_0 left join citation s1_0 on es1_0.id=s1_0.exchange_stage_id left join source s1_1 on s1_1.id=s1_0.source_id join exchange_agreement a1_0 on a1_0.id=es1_0.agreement_id where a1_0.round_id='5001' order by es1_0.agreement_id,es1_0.sequence;
\echo '```'
\echo ''
\echo '### RoundSummaries.of: memoranda'
\echo ''
\echo '```'
explain (analyze, buffers)
select m1_0.id,m1_0.author_party_id,ap1_0.id,ap1_0.kind,ap1_0.name,ap1_0.slug,ap1_0.version,m1_0.delivered_on,m1_0.delivered_on_precision,m1_0.process_id,m1_0.published_on,m1_0.round_id,m1_0.slug,s1_0.memorandum_id,s1_0.position,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version,m1_0.summary,m1_0.title,m1_0.version from memorandum m1_0 join party ap1_0 on ap1_0.id=m1_0.author_party_id left join citation s1_0 on m1_0.id=s1_0.memorandum_id left join source s1_1 on s1_1.id=s1_0.source_id where m1_0.round_id='5001' order by m1_0.id;
\echo '```'
\echo ''
\echo '### RoundSummaries.of: clauses'
\echo ''
\echo '```'
explain (analyze, buffers)
select c1_0.id,c1_0.memorandum_id,c1_0.number,s1_0.clause_id,s1_0.position,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version,c1_0.text,c1_0.topic,c1_0.version from clause c1_0 left join citation s1_0 on c1_0.id=s1_0.clause_id left join source s1_1 on s1_1.id=s1_0.source_id join memorandum m1_0 on m1_0.id=c1_0.memorandum_id where m1_0.round_id='5001' order by c1_0.memorandum_id,c1_0.number;
\echo '```'
\echo ''
\echo '### RoundSummaries.of: statements (with what they dispute)'
\echo ''
\echo '```'
explain (analyze, buffers)
select s1_0.id,d1_0.id,d1_0.disputes_id,d1_0.party_id,p2_0.id,p2_0.kind,p2_0.name,p2_0.slug,p2_0.version,d1_0.process_id,d1_0.quote,d1_0.round_id,d1_0.said_on,d1_0.said_on_precision,d1_0.slug,s3_0.id,s3_0.name,s3_0.slug,s3_0.version,d1_0.speaker_title,d1_0.text,d1_0.version,s1_0.party_id,p1_0.id,p1_0.kind,p1_0.name,p1_0.slug,p1_0.version,s1_0.process_id,s1_0.quote,s1_0.round_id,s1_0.said_on,s1_0.said_on_precision,s1_0.slug,s4_0.statement_id,s4_0.position,s4_1.id,s4_1.kind,s4_1.note,s4_1.published_on,s4_1.publisher,s4_1.slug,s4_1.title,s4_1.url,s4_1.version,s2_0.id,s2_0.name,s2_0.slug,s2_0.version,s1_0.speaker_title,s1_0.text,s1_0.version from statement s1_0 join party p1_0 on p1_0.id=s1_0.party_id left join person s2_0 on s2_0.id=s1_0.speaker_id left join statement d1_0 on d1_0.id=s1_0.disputes_id left join person s3_0 on s3_0.id=d1_0.speaker_id left join party p2_0 on p2_0.id=d1_0.party_id left join citation s4_0 on s1_0.id=s4_0.statement_id left join source s4_1 on s4_1.id=s4_0.source_id where s1_0.round_id='5001' order by s1_0.said_on,s1_0.id;
\echo '```'
\echo ''
\echo '### RoundSummaries.of: statements disputing them'
\echo ''
\echo '```'
explain (analyze, buffers)
select s1_0.id,d1_0.id,d1_0.disputes_id,d1_0.party_id,d1_0.process_id,d1_0.quote,d1_0.round_id,d1_0.said_on,d1_0.said_on_precision,d1_0.slug,d1_0.speaker_id,d1_0.speaker_title,d1_0.text,d1_0.version,s1_0.party_id,p1_0.id,p1_0.kind,p1_0.name,p1_0.slug,p1_0.version,s1_0.process_id,s1_0.quote,s1_0.round_id,s1_0.said_on,s1_0.said_on_precision,s1_0.slug,s2_0.id,s2_0.name,s2_0.slug,s2_0.version,s1_0.speaker_title,s1_0.text,s1_0.version from statement s1_0 join party p1_0 on p1_0.id=s1_0.party_id left join person s2_0 on s2_0.id=s1_0.speaker_id join statement d1_0 on d1_0.id=s1_0.disputes_id where d1_0.round_id='5001' order by s1_0.id;
\echo '```'
\echo ''
\echo '### RoundSummaries.of: neighbouring rounds'
\echo ''
\echo '```'
explain (analyze, buffers)
select r1_0.slug,r1_0.number,p1_0.name,p1_0.slug,r1_0.held_on,r1_0.city,r1_0.venue,r1_0.status from round r1_0 join process p1_0 on p1_0.id=r1_0.process_id where r1_0.published and p1_0.id='11' and r1_0.number in ('0','2') order by r1_0.number;
\echo '```'
\echo ''
\echo '## `/search?q=ceasefire+prisoners`'
\echo ''
\echo '### NameSpellings.find'
\echo ''
\echo '```'
explain (analyze, buffers)
select p.id, p.name || ' ' || coalesce(string_agg(a.alias, ' '), '') as spellings
	from person p left join person_alias a on a.person_id = p.id
	group by p.id
	having to_tsvector('simple', p.name || ' ' || coalesce(string_agg(a.alias, ' '), ''))
	       @@ to_tsquery('simple', '(''ceasefire'') | (''prisoners'')');
\echo '```'
\echo ''
\echo '### SearchHits.search: page of hits'
\echo ''
\echo '```'
explain (analyze, buffers)
with newest as (
	  (select 'ROUND' as kind, r.id, ts_rank(r.search, to_tsquery('english', '(''ceasefire'') & (''prisoners'')')) as rank, r.held_on as date
	   from round r where r.published and r.search @@ to_tsquery('english', '(''ceasefire'') & (''prisoners'')')
	   order by r.held_on desc, r.id desc limit '501')
	  union all
	  (select 'PROPOSAL', x.id, ts_rank(x.search, to_tsquery('english', '(''ceasefire'') & (''prisoners'')')), r.held_on
	   from proposal x join round r on r.id = x.round_id where r.published and x.search @@ to_tsquery('english', '(''ceasefire'') & (''prisoners'')')
	   order by r.held_on desc, x.id desc limit '501')
	  union all
	  (select 'MEMORANDUM', m.id, ts_rank(m.search, to_tsquery('english', '(''ceasefire'') & (''prisoners'')')), m.delivered_on
	   from memorandum m left join round r on r.id = m.round_id
	   where (r.id is null or r.published) and m.search @@ to_tsquery('english', '(''ceasefire'') & (''prisoners'')')
	   order by m.delivered_on desc nulls last, m.id desc limit '501')
	  union all
	  (select 'CLAUSE', c.id, ts_rank(c.search, to_tsquery('english', '(''ceasefire'') & (''prisoners'')')), m.delivered_on
	   from clause c join memorandum m on m.id = c.memorandum_id left join round r on r.id = m.round_id
	   where (r.id is null or r.published) and c.search @@ to_tsquery('english', '(''ceasefire'') & (''prisoners'')')
	   order by m.delivered_on desc nulls last, c.id desc limit '501')
	  union all
	  (select 'STATEMENT', s.id,
	          case when s.search @@ to_tsquery('english', '(''ceasefire'') & (''prisoners'')') then ts_rank(s.search, to_tsquery('english', '(''ceasefire'') & (''prisoners'')')) else 0 end
	          + case when s.speaker_id in ('-1') then 0.1 else 0 end,
	          s.said_on
	   from statement s left join round r on r.id = s.round_id
	   where (r.id is null or r.published) and (s.search @@ to_tsquery('english', '(''ceasefire'') & (''prisoners'')') or s.speaker_id in ('-1'))
	   order by s.said_on desc nulls last, s.id desc limit '501')
	),
	matches as (
	  select *, row_number() over (partition by kind order by date desc nulls last, id desc) as n from newest
	)
	, page as (
	  select * from matches where n <= '500'
	  order by rank desc, date desc nulls last, kind, id limit '20' offset '0'
	)
	select pg.kind, pg.rank, pg.date,
	       coalesce(r.slug, x.slug, m.slug, cm.slug, s.slug) as slug, owner.slug as round_slug,
	       owner.number as round_number, p.name as process_name,
	       coalesce(x.title, m.title, cm.title, who.name, party.name) as title, who.slug as speaker_slug,
	       ts_headline('english', case pg.kind
	           when 'ROUND' then concat_ws(' ', r.summary, r.outcome, r.next_steps)
	           when 'PROPOSAL' then concat_ws(' ', x.title, x.details, x.response)
	           when 'MEMORANDUM' then concat_ws(' ', m.title, m.summary)
	           when 'CLAUSE' then c.text
	           else concat_ws(' ', s.text, s.quote) end, to_tsquery('english', '(''ceasefire'') & (''prisoners'')'), 'StartSel=⟦, StopSel=⟧, MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "') as snippet
	from page pg
	left join round r on pg.kind = 'ROUND' and r.id = pg.id
	left join proposal x on pg.kind = 'PROPOSAL' and x.id = pg.id
	left join memorandum m on pg.kind = 'MEMORANDUM' and m.id = pg.id
	left join clause c on pg.kind = 'CLAUSE' and c.id = pg.id
	left join memorandum cm on cm.id = c.memorandum_id
	left join statement s on pg.kind = 'STATEMENT' and s.id = pg.id
	left join person who on who.id = s.speaker_id
	left join party on party.id = s.party_id
	left join round owner on owner.id = coalesce(r.id, x.round_id, m.round_id, cm.round_id, s.round_id)
	join process p on p.id = coalesce(owner.process_id, m.process_id, cm.process_id, s.process_id)
	order by pg.rank desc, pg.date desc nulls last, pg.kind, pg.id;
\echo '```'
\echo ''
\echo '### SearchHits.search: count'
\echo ''
\echo '```'
explain (analyze, buffers)
with newest as (
	  (select 'ROUND' as kind, r.id, ts_rank(r.search, to_tsquery('english', '(''ceasefire'') & (''prisoners'')')) as rank, r.held_on as date
	   from round r where r.published and r.search @@ to_tsquery('english', '(''ceasefire'') & (''prisoners'')')
	   order by r.held_on desc, r.id desc limit '501')
	  union all
	  (select 'PROPOSAL', x.id, ts_rank(x.search, to_tsquery('english', '(''ceasefire'') & (''prisoners'')')), r.held_on
	   from proposal x join round r on r.id = x.round_id where r.published and x.search @@ to_tsquery('english', '(''ceasefire'') & (''prisoners'')')
	   order by r.held_on desc, x.id desc limit '501')
	  union all
	  (select 'MEMORANDUM', m.id, ts_rank(m.search, to_tsquery('english', '(''ceasefire'') & (''prisoners'')')), m.delivered_on
	   from memorandum m left join round r on r.id = m.round_id
	   where (r.id is null or r.published) and m.search @@ to_tsquery('english', '(''ceasefire'') & (''prisoners'')')
	   order by m.delivered_on desc nulls last, m.id desc limit '501')
	  union all
	  (select 'CLAUSE', c.id, ts_rank(c.search, to_tsquery('english', '(''ceasefire'') & (''prisoners'')')), m.delivered_on
	   from clause c join memorandum m on m.id = c.memorandum_id left join round r on r.id = m.round_id
	   where (r.id is null or r.published) and c.search @@ to_tsquery('english', '(''ceasefire'') & (''prisoners'')')
	   order by m.delivered_on desc nulls last, c.id desc limit '501')
	  union all
	  (select 'STATEMENT', s.id,
	          case when s.search @@ to_tsquery('english', '(''ceasefire'') & (''prisoners'')') then ts_rank(s.search, to_tsquery('english', '(''ceasefire'') & (''prisoners'')')) else 0 end
	          + case when s.speaker_id in ('-1') then 0.1 else 0 end,
	          s.said_on
	   from statement s left join round r on r.id = s.round_id
	   where (r.id is null or r.published) and (s.search @@ to_tsquery('english', '(''ceasefire'') & (''prisoners'')') or s.speaker_id in ('-1'))
	   order by s.said_on desc nulls last, s.id desc limit '501')
	),
	matches as (
	  select *, row_number() over (partition by kind order by date desc nulls last, id desc) as n from newest
	)
	select count(*) filter (where n <= '500') as ranked, coalesce(bool_or(n > '500'), false) as more
	from matches;
\echo '```'
\echo ''
\echo '## `/search?q=Kovalenko`'
\echo ''
\echo '### NameSpellings.find'
\echo ''
\echo '```'
explain (analyze, buffers)
select p.id, p.name || ' ' || coalesce(string_agg(a.alias, ' '), '') as spellings
	from person p left join person_alias a on a.person_id = p.id
	group by p.id
	having to_tsvector('simple', p.name || ' ' || coalesce(string_agg(a.alias, ' '), ''))
	       @@ to_tsquery('simple', '(''kovalenko'')');
\echo '```'
\echo ''
\echo '### SearchHits.search: page of hits'
\echo ''
\echo '```'
explain (analyze, buffers)
with newest as (
	  (select 'ROUND' as kind, r.id, ts_rank(r.search, to_tsquery('english', '(''kovalenko'')')) as rank, r.held_on as date
	   from round r where r.published and r.search @@ to_tsquery('english', '(''kovalenko'')')
	   order by r.held_on desc, r.id desc limit '501')
	  union all
	  (select 'PROPOSAL', x.id, ts_rank(x.search, to_tsquery('english', '(''kovalenko'')')), r.held_on
	   from proposal x join round r on r.id = x.round_id where r.published and x.search @@ to_tsquery('english', '(''kovalenko'')')
	   order by r.held_on desc, x.id desc limit '501')
	  union all
	  (select 'MEMORANDUM', m.id, ts_rank(m.search, to_tsquery('english', '(''kovalenko'')')), m.delivered_on
	   from memorandum m left join round r on r.id = m.round_id
	   where (r.id is null or r.published) and m.search @@ to_tsquery('english', '(''kovalenko'')')
	   order by m.delivered_on desc nulls last, m.id desc limit '501')
	  union all
	  (select 'CLAUSE', c.id, ts_rank(c.search, to_tsquery('english', '(''kovalenko'')')), m.delivered_on
	   from clause c join memorandum m on m.id = c.memorandum_id left join round r on r.id = m.round_id
	   where (r.id is null or r.published) and c.search @@ to_tsquery('english', '(''kovalenko'')')
	   order by m.delivered_on desc nulls last, c.id desc limit '501')
	  union all
	  (select 'STATEMENT', s.id,
	          case when s.search @@ to_tsquery('english', '(''kovalenko'')') then ts_rank(s.search, to_tsquery('english', '(''kovalenko'')')) else 0 end
	          + case when s.speaker_id in ('1', '2', '3', '4', '5', '1548', '1549', '1550', '1551', '1552', '1553', '1044', '1045', '1046', '1047', '1048', '1049', '540', '541', '542', '543', '544', '545', '36', '37', '38', '39', '40', '41', '1584', '1585', '1586', '1587', '1588', '1589', '1080', '1081', '1082', '1083', '1084', '1085', '576', '577', '578', '579', '580', '581', '72', '73', '74', '75', '76', '77', '1620', '1621', '1622', '1623', '1624', '1625', '1116', '1117', '1118', '1119', '1120', '1121', '612', '613', '614', '615', '616', '617', '108', '109', '110', '111', '112', '113', '1656', '1657', '1658', '1659', '1660', '1661', '1152', '1153', '1154', '1155', '1156', '1157', '648', '649', '650', '651', '652', '653', '144', '145', '146', '147', '148', '149', '1692', '1693', '1694', '1695', '1696', '1697', '1188', '1189', '1190', '1191', '1192', '1193', '684', '685', '686', '687', '688', '689', '180', '181', '182', '183', '184', '185', '1728', '1729', '1730', '1731', '1732', '1733', '1224', '1225', '1226', '1227', '1228', '1229', '720', '721', '722', '723', '724', '725', '216', '217', '218', '219', '220', '221', '1764', '1765', '1766', '1767', '1768', '1769', '1260', '1261', '1262', '1263', '1264', '1265', '756', '757', '758', '759', '760', '761', '252', '253', '254', '255', '256', '257', '1800', '1801', '1802', '1803', '1804', '1805', '1296', '1297', '1298', '1299', '1300', '1301', '792', '793', '794', '795', '796', '797', '288', '289', '290', '291', '292', '293', '1836', '1837', '1838', '1839', '1840', '1841', '1332', '1333', '1334', '1335', '1336', '1337', '828', '829', '830', '831', '832', '833', '324', '325', '326', '327', '328', '329', '1872', '1873', '1874', '1875', '1876', '1877', '1368', '1369', '1370', '1371', '1372', '1373', '864', '865', '866', '867', '868', '869', '360', '361', '362', '363', '364', '365', '1908', '1909', '1910', '1911', '1912', '1913', '1404', '1405', '1406', '1407', '1408', '1409', '900', '901', '902', '903', '904', '905', '396', '397', '398', '399', '400', '401', '1944', '1945', '1946', '1947', '1948', '1949', '1440', '1441', '1442', '1443', '1444', '1445', '936', '937', '938', '939', '940', '941', '432', '433', '434', '435', '436', '437', '1980', '1981', '1982', '1983', '1984', '1985', '1476', '1477', '1478', '1479', '1480', '1481', '972', '973', '974', '975', '976', '977', '468', '469', '470', '471', '472', '473', '1512', '1513', '1514', '1515', '1516', '1517', '1008', '1009', '1010', '1011', '1012', '1013', '504', '505', '506', '507', '508', '509') then 0.1 else 0 end,
	          s.said_on
	   from statement s left join round r on r.id = s.round_id
	   where (r.id is null or r.published) and (s.search @@ to_tsquery('english', '(''kovalenko'')') or s.speaker_id in ('1', '2', '3', '4', '5', '1548', '1549', '1550', '1551', '1552', '1553', '1044', '1045', '1046', '1047', '1048', '1049', '540', '541', '542', '543', '544', '545', '36', '37', '38', '39', '40', '41', '1584', '1585', '1586', '1587', '1588', '1589', '1080', '1081', '1082', '1083', '1084', '1085', '576', '577', '578', '579', '580', '581', '72', '73', '74', '75', '76', '77', '1620', '1621', '1622', '1623', '1624', '1625', '1116', '1117', '1118', '1119', '1120', '1121', '612', '613', '614', '615', '616', '617', '108', '109', '110', '111', '112', '113', '1656', '1657', '1658', '1659', '1660', '1661', '1152', '1153', '1154', '1155', '1156', '1157', '648', '649', '650', '651', '652', '653', '144', '145', '146', '147', '148', '149', '1692', '1693', '1694', '1695', '1696', '1697', '1188', '1189', '1190', '1191', '1192', '1193', '684', '685', '686', '687', '688', '689', '180', '181', '182', '183', '184', '185', '1728', '1729', '1730', '1731', '1732', '1733', '1224', '1225', '1226', '1227', '1228', '1229', '720', '721', '722', '723', '724', '725', '216', '217', '218', '219', '220', '221', '1764', '1765', '1766', '1767', '1768', '1769', '1260', '1261', '1262', '1263', '1264', '1265', '756', '757', '758', '759', '760', '761', '252', '253', '254', '255', '256', '257', '1800', '1801', '1802', '1803', '1804', '1805', '1296', '1297', '1298', '1299', '1300', '1301', '792', '793', '794', '795', '796', '797', '288', '289', '290', '291', '292', '293', '1836', '1837', '1838', '1839', '1840', '1841', '1332', '1333', '1334', '1335', '1336', '1337', '828', '829', '830', '831', '832', '833', '324', '325', '326', '327', '328', '329', '1872', '1873', '1874', '1875', '1876', '1877', '1368', '1369', '1370', '1371', '1372', '1373', '864', '865', '866', '867', '868', '869', '360', '361', '362', '363', '364', '365', '1908', '1909', '1910', '1911', '1912', '1913', '1404', '1405', '1406', '1407', '1408', '1409', '900', '901', '902', '903', '904', '905', '396', '397', '398', '399', '400', '401', '1944', '1945', '1946', '1947', '1948', '1949', '1440', '1441', '1442', '1443', '1444', '1445', '936', '937', '938', '939', '940', '941', '432', '433', '434', '435', '436', '437', '1980', '1981', '1982', '1983', '1984', '1985', '1476', '1477', '1478', '1479', '1480', '1481', '972', '973', '974', '975', '976', '977', '468', '469', '470', '471', '472', '473', '1512', '1513', '1514', '1515', '1516', '1517', '1008', '1009', '1010', '1011', '1012', '1013', '504', '505', '506', '507', '508', '509'))
	   order by s.said_on desc nulls last, s.id desc limit '501')
	),
	matches as (
	  select *, row_number() over (partition by kind order by date desc nulls last, id desc) as n from newest
	)
	, page as (
	  select * from matches where n <= '500'
	  order by rank desc, date desc nulls last, kind, id limit '20' offset '0'
	)
	select pg.kind, pg.rank, pg.date,
	       coalesce(r.slug, x.slug, m.slug, cm.slug, s.slug) as slug, owner.slug as round_slug,
	       owner.number as round_number, p.name as process_name,
	       coalesce(x.title, m.title, cm.title, who.name, party.name) as title, who.slug as speaker_slug,
	       ts_headline('english', case pg.kind
	           when 'ROUND' then concat_ws(' ', r.summary, r.outcome, r.next_steps)
	           when 'PROPOSAL' then concat_ws(' ', x.title, x.details, x.response)
	           when 'MEMORANDUM' then concat_ws(' ', m.title, m.summary)
	           when 'CLAUSE' then c.text
	           else concat_ws(' ', s.text, s.quote) end, to_tsquery('english', '(''kovalenko'')'), 'StartSel=⟦, StopSel=⟧, MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "') as snippet
	from page pg
	left join round r on pg.kind = 'ROUND' and r.id = pg.id
	left join proposal x on pg.kind = 'PROPOSAL' and x.id = pg.id
	left join memorandum m on pg.kind = 'MEMORANDUM' and m.id = pg.id
	left join clause c on pg.kind = 'CLAUSE' and c.id = pg.id
	left join memorandum cm on cm.id = c.memorandum_id
	left join statement s on pg.kind = 'STATEMENT' and s.id = pg.id
	left join person who on who.id = s.speaker_id
	left join party on party.id = s.party_id
	left join round owner on owner.id = coalesce(r.id, x.round_id, m.round_id, cm.round_id, s.round_id)
	join process p on p.id = coalesce(owner.process_id, m.process_id, cm.process_id, s.process_id)
	order by pg.rank desc, pg.date desc nulls last, pg.kind, pg.id;
\echo '```'
\echo ''
\echo '### SearchHits.search: count'
\echo ''
\echo '```'
explain (analyze, buffers)
with newest as (
	  (select 'ROUND' as kind, r.id, ts_rank(r.search, to_tsquery('english', '(''kovalenko'')')) as rank, r.held_on as date
	   from round r where r.published and r.search @@ to_tsquery('english', '(''kovalenko'')')
	   order by r.held_on desc, r.id desc limit '501')
	  union all
	  (select 'PROPOSAL', x.id, ts_rank(x.search, to_tsquery('english', '(''kovalenko'')')), r.held_on
	   from proposal x join round r on r.id = x.round_id where r.published and x.search @@ to_tsquery('english', '(''kovalenko'')')
	   order by r.held_on desc, x.id desc limit '501')
	  union all
	  (select 'MEMORANDUM', m.id, ts_rank(m.search, to_tsquery('english', '(''kovalenko'')')), m.delivered_on
	   from memorandum m left join round r on r.id = m.round_id
	   where (r.id is null or r.published) and m.search @@ to_tsquery('english', '(''kovalenko'')')
	   order by m.delivered_on desc nulls last, m.id desc limit '501')
	  union all
	  (select 'CLAUSE', c.id, ts_rank(c.search, to_tsquery('english', '(''kovalenko'')')), m.delivered_on
	   from clause c join memorandum m on m.id = c.memorandum_id left join round r on r.id = m.round_id
	   where (r.id is null or r.published) and c.search @@ to_tsquery('english', '(''kovalenko'')')
	   order by m.delivered_on desc nulls last, c.id desc limit '501')
	  union all
	  (select 'STATEMENT', s.id,
	          case when s.search @@ to_tsquery('english', '(''kovalenko'')') then ts_rank(s.search, to_tsquery('english', '(''kovalenko'')')) else 0 end
	          + case when s.speaker_id in ('1', '2', '3', '4', '5', '1548', '1549', '1550', '1551', '1552', '1553', '1044', '1045', '1046', '1047', '1048', '1049', '540', '541', '542', '543', '544', '545', '36', '37', '38', '39', '40', '41', '1584', '1585', '1586', '1587', '1588', '1589', '1080', '1081', '1082', '1083', '1084', '1085', '576', '577', '578', '579', '580', '581', '72', '73', '74', '75', '76', '77', '1620', '1621', '1622', '1623', '1624', '1625', '1116', '1117', '1118', '1119', '1120', '1121', '612', '613', '614', '615', '616', '617', '108', '109', '110', '111', '112', '113', '1656', '1657', '1658', '1659', '1660', '1661', '1152', '1153', '1154', '1155', '1156', '1157', '648', '649', '650', '651', '652', '653', '144', '145', '146', '147', '148', '149', '1692', '1693', '1694', '1695', '1696', '1697', '1188', '1189', '1190', '1191', '1192', '1193', '684', '685', '686', '687', '688', '689', '180', '181', '182', '183', '184', '185', '1728', '1729', '1730', '1731', '1732', '1733', '1224', '1225', '1226', '1227', '1228', '1229', '720', '721', '722', '723', '724', '725', '216', '217', '218', '219', '220', '221', '1764', '1765', '1766', '1767', '1768', '1769', '1260', '1261', '1262', '1263', '1264', '1265', '756', '757', '758', '759', '760', '761', '252', '253', '254', '255', '256', '257', '1800', '1801', '1802', '1803', '1804', '1805', '1296', '1297', '1298', '1299', '1300', '1301', '792', '793', '794', '795', '796', '797', '288', '289', '290', '291', '292', '293', '1836', '1837', '1838', '1839', '1840', '1841', '1332', '1333', '1334', '1335', '1336', '1337', '828', '829', '830', '831', '832', '833', '324', '325', '326', '327', '328', '329', '1872', '1873', '1874', '1875', '1876', '1877', '1368', '1369', '1370', '1371', '1372', '1373', '864', '865', '866', '867', '868', '869', '360', '361', '362', '363', '364', '365', '1908', '1909', '1910', '1911', '1912', '1913', '1404', '1405', '1406', '1407', '1408', '1409', '900', '901', '902', '903', '904', '905', '396', '397', '398', '399', '400', '401', '1944', '1945', '1946', '1947', '1948', '1949', '1440', '1441', '1442', '1443', '1444', '1445', '936', '937', '938', '939', '940', '941', '432', '433', '434', '435', '436', '437', '1980', '1981', '1982', '1983', '1984', '1985', '1476', '1477', '1478', '1479', '1480', '1481', '972', '973', '974', '975', '976', '977', '468', '469', '470', '471', '472', '473', '1512', '1513', '1514', '1515', '1516', '1517', '1008', '1009', '1010', '1011', '1012', '1013', '504', '505', '506', '507', '508', '509') then 0.1 else 0 end,
	          s.said_on
	   from statement s left join round r on r.id = s.round_id
	   where (r.id is null or r.published) and (s.search @@ to_tsquery('english', '(''kovalenko'')') or s.speaker_id in ('1', '2', '3', '4', '5', '1548', '1549', '1550', '1551', '1552', '1553', '1044', '1045', '1046', '1047', '1048', '1049', '540', '541', '542', '543', '544', '545', '36', '37', '38', '39', '40', '41', '1584', '1585', '1586', '1587', '1588', '1589', '1080', '1081', '1082', '1083', '1084', '1085', '576', '577', '578', '579', '580', '581', '72', '73', '74', '75', '76', '77', '1620', '1621', '1622', '1623', '1624', '1625', '1116', '1117', '1118', '1119', '1120', '1121', '612', '613', '614', '615', '616', '617', '108', '109', '110', '111', '112', '113', '1656', '1657', '1658', '1659', '1660', '1661', '1152', '1153', '1154', '1155', '1156', '1157', '648', '649', '650', '651', '652', '653', '144', '145', '146', '147', '148', '149', '1692', '1693', '1694', '1695', '1696', '1697', '1188', '1189', '1190', '1191', '1192', '1193', '684', '685', '686', '687', '688', '689', '180', '181', '182', '183', '184', '185', '1728', '1729', '1730', '1731', '1732', '1733', '1224', '1225', '1226', '1227', '1228', '1229', '720', '721', '722', '723', '724', '725', '216', '217', '218', '219', '220', '221', '1764', '1765', '1766', '1767', '1768', '1769', '1260', '1261', '1262', '1263', '1264', '1265', '756', '757', '758', '759', '760', '761', '252', '253', '254', '255', '256', '257', '1800', '1801', '1802', '1803', '1804', '1805', '1296', '1297', '1298', '1299', '1300', '1301', '792', '793', '794', '795', '796', '797', '288', '289', '290', '291', '292', '293', '1836', '1837', '1838', '1839', '1840', '1841', '1332', '1333', '1334', '1335', '1336', '1337', '828', '829', '830', '831', '832', '833', '324', '325', '326', '327', '328', '329', '1872', '1873', '1874', '1875', '1876', '1877', '1368', '1369', '1370', '1371', '1372', '1373', '864', '865', '866', '867', '868', '869', '360', '361', '362', '363', '364', '365', '1908', '1909', '1910', '1911', '1912', '1913', '1404', '1405', '1406', '1407', '1408', '1409', '900', '901', '902', '903', '904', '905', '396', '397', '398', '399', '400', '401', '1944', '1945', '1946', '1947', '1948', '1949', '1440', '1441', '1442', '1443', '1444', '1445', '936', '937', '938', '939', '940', '941', '432', '433', '434', '435', '436', '437', '1980', '1981', '1982', '1983', '1984', '1985', '1476', '1477', '1478', '1479', '1480', '1481', '972', '973', '974', '975', '976', '977', '468', '469', '470', '471', '472', '473', '1512', '1513', '1514', '1515', '1516', '1517', '1008', '1009', '1010', '1011', '1012', '1013', '504', '505', '506', '507', '508', '509'))
	   order by s.said_on desc nulls last, s.id desc limit '501')
	),
	matches as (
	  select *, row_number() over (partition by kind order by date desc nulls last, id desc) as n from newest
	)
	select count(*) filter (where n <= '500') as ranked, coalesce(bool_or(n > '500'), false) as more
	from matches;
\echo '```'
\echo ''
\echo '## `/memoranda`'
\echo ''
\echo '### MemorandumRepository.findVisibleListings'
\echo ''
\echo '```'
explain (analyze, buffers)
select m1_0.slug,m1_0.title,p1_0.name,ap1_0.slug,ap1_0.name,m1_0.delivered_on,m1_0.delivered_on_precision,m1_0.published_on,(select count(*) from clause c1_0 where m1_0.id=c1_0.memorandum_id) from memorandum m1_0 join process p1_0 on p1_0.id=m1_0.process_id join party ap1_0 on ap1_0.id=m1_0.author_party_id left join round r1_0 on r1_0.id=m1_0.round_id where r1_0.id is null or r1_0.published order by m1_0.delivered_on desc nulls last,m1_0.title,m1_0.id fetch first '50' rows only;
\echo '```'
\echo ''
\echo '### MemorandumRepository.countVisible'
\echo ''
\echo '```'
explain (analyze, buffers)
select count(*) from memorandum m1_0 where not exists(select r1_0.id from round r1_0 where r1_0.id=m1_0.round_id and r1_0.published=false);
\echo '```'
\echo ''
\echo '## `/memoranda?page=360`'
\echo ''
\echo '### MemorandumRepository.findVisibleListings'
\echo ''
\echo '```'
explain (analyze, buffers)
select m1_0.slug,m1_0.title,p1_0.name,ap1_0.slug,ap1_0.name,m1_0.delivered_on,m1_0.delivered_on_precision,m1_0.published_on,(select count(*) from clause c1_0 where m1_0.id=c1_0.memorandum_id) from memorandum m1_0 join process p1_0 on p1_0.id=m1_0.process_id join party ap1_0 on ap1_0.id=m1_0.author_party_id left join round r1_0 on r1_0.id=m1_0.round_id where r1_0.id is null or r1_0.published order by m1_0.delivered_on desc nulls last,m1_0.title,m1_0.id offset '17950' rows fetch first '50' rows only;
\echo '```'
\echo ''
\echo '### MemorandumRepository.countVisible'
\echo ''
\echo '```'
explain (analyze, buffers)
select count(*) from memorandum m1_0 where not exists(select r1_0.id from round r1_0 where r1_0.id=m1_0.round_id and r1_0.published=false);
\echo '```'
\echo ''
\echo '## `/memoranda/gen-memorandum-77`'
\echo ''
\echo '### MemorandumRepository.findVisibleBySlugIn'
\echo ''
\echo '```'
explain (analyze, buffers)
select m1_0.id,m1_0.author_party_id,ap1_0.id,ap1_0.kind,ap1_0.name,ap1_0.slug,ap1_0.version,m1_0.delivered_on,m1_0.delivered_on_precision,m1_0.process_id,p1_0.id,p1_0.description,p1_0.name,p1_0.slug,p1_0.version,m1_0.published_on,r1_0.id,r1_0.city,r1_0.duration_minutes,r1_0.duration_precision,r1_0.ended_at,r1_0.held_on,r1_0.next_steps,r1_0.number,r1_0.outcome,r1_0.process_id,r1_0.published,r1_0.scheduled_start,r1_0.slug,r1_0.started_at,r1_0.status,r1_0.summary,r1_0.updated_at,r1_0.venue,r1_0.version,m1_0.slug,s1_0.memorandum_id,s1_0.position,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version,m1_0.summary,m1_0.title,m1_0.version from memorandum m1_0 join process p1_0 on p1_0.id=m1_0.process_id join party ap1_0 on ap1_0.id=m1_0.author_party_id left join round r1_0 on r1_0.id=m1_0.round_id left join citation s1_0 on m1_0.id=s1_0.memorandum_id left join source s1_1 on s1_1.id=s1_0.source_id where m1_0.slug in ('gen-memorandum-77') and (r1_0.id is null or r1_0.published);
\echo '```'
\echo ''
\echo '### MemorandumRepository.findClausesWithSources'
\echo ''
\echo '```'
explain (analyze, buffers)
select c1_0.id,c1_0.memorandum_id,c1_0.number,s1_0.clause_id,s1_0.position,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version,c1_0.text,c1_0.topic,c1_0.version from clause c1_0 left join citation s1_0 on c1_0.id=s1_0.clause_id left join source s1_1 on s1_1.id=s1_0.source_id where c1_0.memorandum_id in ('77') order by c1_0.memorandum_id,c1_0.number;
\echo '```'
\echo ''
\echo '## `/memoranda/compare?a=gen-memorandum-77&b=gen-memorandum-78`'
\echo ''
\echo '### MemorandumRepository.findVisibleBySlugIn'
\echo ''
\echo '```'
explain (analyze, buffers)
select m1_0.id,m1_0.author_party_id,ap1_0.id,ap1_0.kind,ap1_0.name,ap1_0.slug,ap1_0.version,m1_0.delivered_on,m1_0.delivered_on_precision,m1_0.process_id,p1_0.id,p1_0.description,p1_0.name,p1_0.slug,p1_0.version,m1_0.published_on,r1_0.id,r1_0.city,r1_0.duration_minutes,r1_0.duration_precision,r1_0.ended_at,r1_0.held_on,r1_0.next_steps,r1_0.number,r1_0.outcome,r1_0.process_id,r1_0.published,r1_0.scheduled_start,r1_0.slug,r1_0.started_at,r1_0.status,r1_0.summary,r1_0.updated_at,r1_0.venue,r1_0.version,m1_0.slug,s1_0.memorandum_id,s1_0.position,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version,m1_0.summary,m1_0.title,m1_0.version from memorandum m1_0 join process p1_0 on p1_0.id=m1_0.process_id join party ap1_0 on ap1_0.id=m1_0.author_party_id left join round r1_0 on r1_0.id=m1_0.round_id left join citation s1_0 on m1_0.id=s1_0.memorandum_id left join source s1_1 on s1_1.id=s1_0.source_id where m1_0.slug in ('gen-memorandum-77','gen-memorandum-78') and (r1_0.id is null or r1_0.published);
\echo '```'
\echo ''
\echo '### MemorandumRepository.findClausesWithSources'
\echo ''
\echo '```'
explain (analyze, buffers)
select c1_0.id,c1_0.memorandum_id,c1_0.number,s1_0.clause_id,s1_0.position,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version,c1_0.text,c1_0.topic,c1_0.version from clause c1_0 left join citation s1_0 on c1_0.id=s1_0.clause_id left join source s1_1 on s1_1.id=s1_0.source_id where c1_0.memorandum_id in ('77','78') order by c1_0.memorandum_id,c1_0.number;
\echo '```'
\echo ''
\echo '### MemorandumRepository.findVisibleListings'
\echo ''
\echo '```'
explain (analyze, buffers)
select m1_0.slug,m1_0.title,p1_0.name,ap1_0.slug,ap1_0.name,m1_0.delivered_on,m1_0.delivered_on_precision,m1_0.published_on,(select count(*) from clause c1_0 where m1_0.id=c1_0.memorandum_id) from memorandum m1_0 join process p1_0 on p1_0.id=m1_0.process_id join party ap1_0 on ap1_0.id=m1_0.author_party_id left join round r1_0 on r1_0.id=m1_0.round_id where r1_0.id is null or r1_0.published order by m1_0.delivered_on desc nulls last,m1_0.title,m1_0.id fetch first '50' rows only;
\echo '```'
\echo ''
\echo '## `/parties/gen-party-3`'
\echo ''
\echo '### PartyProfileRepository.findBySlug'
\echo ''
\echo '```'
explain (analyze, buffers)
select p1_0.id,p1_0.kind,p1_0.name,p1_0.slug,p1_0.version from party p1_0 where p1_0.slug='gen-party-3';
\echo '```'
\echo ''
\echo '### ProfileLists.partyCounts'
\echo ''
\echo '```'
explain (analyze, buffers)
select (select count(*) from delegation x where x.party_id = '3' and not exists (select 1 from round r where r.id = x.round_id and not r.published))
	     + (select count(*) from third_party x where x.party_id = '3' and not exists (select 1 from round r where r.id = x.round_id and not r.published)) as rounds,
	       (select count(*) from proposal x where x.party_id = '3' and not exists (select 1 from round r where r.id = x.round_id and not r.published)) as proposals,
	       (select count(*) from memorandum x where x.author_party_id = '3' and not exists (select 1 from round r where r.id = x.round_id and not r.published)) as memoranda,
	       (select count(*) from statement x where x.party_id = '3' and not exists (select 1 from round r where r.id = x.round_id and not r.published)) as statements;
\echo '```'
\echo ''
\echo '### ProfileLists.partyRounds'
\echo ''
\echo '```'
explain (analyze, buffers)
select a.*, h.slug as head_slug, h.name as head_name, m.title as head_title
	from (
	  select r.slug, r.number, p.name as process_name, r.held_on, r.city, null as role, 0 as role_order,
	         d.id as delegation_id
	  from delegation d join round r on r.id = d.round_id join process p on p.id = r.process_id
	  where d.party_id = '3' and r.published
	  union all
	  select r.slug, r.number, p.name, r.held_on, r.city, t.role, array_position(array['MEDIATOR', 'HOST', 'OBSERVER', 'CHAIR']::varchar[], t.role), null
	  from third_party t join round r on r.id = t.round_id join process p on p.id = r.process_id
	  where t.party_id = '3' and r.published
	  order by held_on desc, slug, role_order
	  limit '20' offset '0'
	) a
	left join delegation_member m on m.delegation_id = a.delegation_id and m.role = 'HEAD'
	left join person h on h.id = m.person_id
	order by a.held_on desc, a.slug, a.role_order;
\echo '```'
\echo ''
\echo '### PartyProfileRepository.findProposals'
\echo ''
\echo '```'
explain (analyze, buffers)
select p1_0.slug,p1_0.title,p1_0.category,p1_0.status,r1_0.slug,r1_0.number,p2_0.name,r1_0.held_on,r1_0.city from proposal p1_0 join round r1_0 on r1_0.id=p1_0.round_id join process p2_0 on p2_0.id=r1_0.process_id where p1_0.party_id='3' and r1_0.published order by r1_0.held_on desc,r1_0.id desc,p1_0.position fetch first '20' rows only;
\echo '```'
\echo ''
\echo '### MemorandumRepository.findVisibleListings'
\echo ''
\echo '```'
explain (analyze, buffers)
select m1_0.slug,m1_0.title,p1_0.name,ap1_0.slug,ap1_0.name,m1_0.delivered_on,m1_0.delivered_on_precision,m1_0.published_on,(select count(*) from clause c1_0 where m1_0.id=c1_0.memorandum_id) from memorandum m1_0 join process p1_0 on p1_0.id=m1_0.process_id join party ap1_0 on ap1_0.id=m1_0.author_party_id left join round r1_0 on r1_0.id=m1_0.round_id where ap1_0.id='3' and (r1_0.id is null or r1_0.published) order by m1_0.delivered_on desc nulls last,m1_0.title,m1_0.id fetch first '20' rows only;
\echo '```'
\echo ''
\echo '### PartyProfileRepository.findStatementIds'
\echo ''
\echo '```'
explain (analyze, buffers)
select s1_0.id from statement s1_0 left join round r1_0 on r1_0.id=s1_0.round_id where s1_0.party_id='3' and (r1_0.id is null or r1_0.published) order by s1_0.said_on desc nulls last,s1_0.id desc fetch first '20' rows only;
\echo '```'
\echo ''
\echo '### ProfileStatementRepository.findWithDisputes'
\echo ''
\echo '```'
explain (analyze, buffers)
select s1_0.id,d1_0.id,d1_0.disputes_id,d1_0.party_id,p2_0.id,p2_0.kind,p2_0.name,p2_0.slug,p2_0.version,d1_0.process_id,d1_0.quote,r2_0.id,r2_0.city,r2_0.duration_minutes,r2_0.duration_precision,r2_0.ended_at,r2_0.held_on,r2_0.next_steps,r2_0.number,r2_0.outcome,r2_0.process_id,r2_0.published,r2_0.scheduled_start,r2_0.slug,r2_0.started_at,r2_0.status,r2_0.summary,r2_0.updated_at,r2_0.venue,r2_0.version,d1_0.said_on,d1_0.said_on_precision,d1_0.slug,s3_0.id,s3_0.name,s3_0.slug,s3_0.version,d1_0.speaker_title,d1_0.text,d1_0.version,s1_0.party_id,p1_0.id,p1_0.kind,p1_0.name,p1_0.slug,p1_0.version,s1_0.process_id,s1_0.quote,r1_0.id,r1_0.city,r1_0.duration_minutes,r1_0.duration_precision,r1_0.ended_at,r1_0.held_on,r1_0.next_steps,r1_0.number,r1_0.outcome,r1_0.process_id,r1_0.published,r1_0.scheduled_start,r1_0.slug,r1_0.started_at,r1_0.status,r1_0.summary,r1_0.updated_at,r1_0.venue,r1_0.version,s1_0.said_on,s1_0.said_on_precision,s1_0.slug,s4_0.statement_id,s4_0.position,s4_1.id,s4_1.kind,s4_1.note,s4_1.published_on,s4_1.publisher,s4_1.slug,s4_1.title,s4_1.url,s4_1.version,s2_0.id,s2_0.name,s2_0.slug,s2_0.version,s1_0.speaker_title,s1_0.text,s1_0.version from statement s1_0 join party p1_0 on p1_0.id=s1_0.party_id left join person s2_0 on s2_0.id=s1_0.speaker_id left join round r1_0 on r1_0.id=s1_0.round_id left join statement d1_0 on d1_0.id=s1_0.disputes_id left join person s3_0 on s3_0.id=d1_0.speaker_id left join party p2_0 on p2_0.id=d1_0.party_id left join round r2_0 on r2_0.id=d1_0.round_id left join citation s4_0 on s1_0.id=s4_0.statement_id left join source s4_1 on s4_1.id=s4_0.source_id where s1_0.id in ('9980','9978','9976','9974','9972','9970','9968','9966','9964','9962','9960','9958','9956','9954','9952','9950','9948','9946','9944','9942') order by s1_0.said_on desc nulls last,s1_0.id desc;
\echo '```'
\echo ''
\echo '### ProfileStatementRepository.findDisputing'
\echo ''
\echo '```'
explain (analyze, buffers)
select s1_0.id,d1_0.id,d1_0.disputes_id,d1_0.party_id,d1_0.process_id,d1_0.quote,d1_0.round_id,d1_0.said_on,d1_0.said_on_precision,d1_0.slug,d1_0.speaker_id,d1_0.speaker_title,d1_0.text,d1_0.version,s1_0.party_id,p1_0.id,p1_0.kind,p1_0.name,p1_0.slug,p1_0.version,s1_0.process_id,s1_0.quote,r1_0.id,r1_0.city,r1_0.duration_minutes,r1_0.duration_precision,r1_0.ended_at,r1_0.held_on,r1_0.next_steps,r1_0.number,r1_0.outcome,r1_0.process_id,r1_0.published,r1_0.scheduled_start,r1_0.slug,r1_0.started_at,r1_0.status,r1_0.summary,r1_0.updated_at,r1_0.venue,r1_0.version,s1_0.said_on,s1_0.said_on_precision,s1_0.slug,s2_0.id,s2_0.name,s2_0.slug,s2_0.version,s1_0.speaker_title,s1_0.text,s1_0.version from statement s1_0 join party p1_0 on p1_0.id=s1_0.party_id left join person s2_0 on s2_0.id=s1_0.speaker_id left join round r1_0 on r1_0.id=s1_0.round_id join statement d1_0 on d1_0.id=s1_0.disputes_id where d1_0.id in ('9980','9978','9976','9974','9972','9970','9968','9966','9964','9962','9960','9958','9956','9954','9952','9950','9948','9946','9944','9942') order by s1_0.id;
\echo '```'
\echo ''
\echo '## `/people/gen-person-5`'
\echo ''
\echo '### PersonProfileRepository.findBySlug (with aliases)'
\echo ''
\echo '```'
explain (analyze, buffers)
select p1_0.id,a1_0.person_id,a1_0.alias,p1_0.name,p1_0.slug,p1_0.version from person p1_0 left join person_alias a1_0 on p1_0.id=a1_0.person_id where p1_0.slug='gen-person-5';
\echo '```'
\echo ''
\echo '### ProfileLists.personCounts'
\echo ''
\echo '```'
explain (analyze, buffers)
select (select count(*) from delegation_member m join delegation x on x.id = m.delegation_id
	        where m.person_id = '5' and not exists (select 1 from round r where r.id = x.round_id and not r.published)) as rounds,
	       (select count(*) from statement x where x.speaker_id = '5' and not exists (select 1 from round r where r.id = x.round_id and not r.published)) as statements;
\echo '```'
\echo ''
\echo '### PersonProfileRepository.findAttendance'
\echo ''
\echo '```'
explain (analyze, buffers)
select r1_0.slug,r1_0.number,p1_0.name,r1_0.held_on,r1_0.city,p2_0.slug,p2_0.name,dm1_0.role,dm1_0.title from delegation_member dm1_0 join delegation d1_0 on d1_0.id=dm1_0.delegation_id join round r1_0 on r1_0.id=d1_0.round_id join process p1_0 on p1_0.id=r1_0.process_id join party p2_0 on p2_0.id=d1_0.party_id where dm1_0.person_id='5' and r1_0.published order by r1_0.held_on desc,r1_0.id desc fetch first '20' rows only;
\echo '```'
\echo ''
\echo '### PersonProfileRepository.findStatementIds'
\echo ''
\echo '```'
explain (analyze, buffers)
select s1_0.id from statement s1_0 left join round r1_0 on r1_0.id=s1_0.round_id where s1_0.speaker_id='5' and (r1_0.id is null or r1_0.published) order by s1_0.said_on desc nulls last,s1_0.id desc fetch first '20' rows only;
\echo '```'
\echo ''
\echo '### ProfileStatementRepository.findWithDisputes'
\echo ''
\echo '```'
explain (analyze, buffers)
select s1_0.id,d1_0.id,d1_0.disputes_id,d1_0.party_id,p2_0.id,p2_0.kind,p2_0.name,p2_0.slug,p2_0.version,d1_0.process_id,d1_0.quote,r2_0.id,r2_0.city,r2_0.duration_minutes,r2_0.duration_precision,r2_0.ended_at,r2_0.held_on,r2_0.next_steps,r2_0.number,r2_0.outcome,r2_0.process_id,r2_0.published,r2_0.scheduled_start,r2_0.slug,r2_0.started_at,r2_0.status,r2_0.summary,r2_0.updated_at,r2_0.venue,r2_0.version,d1_0.said_on,d1_0.said_on_precision,d1_0.slug,s3_0.id,s3_0.name,s3_0.slug,s3_0.version,d1_0.speaker_title,d1_0.text,d1_0.version,s1_0.party_id,p1_0.id,p1_0.kind,p1_0.name,p1_0.slug,p1_0.version,s1_0.process_id,s1_0.quote,r1_0.id,r1_0.city,r1_0.duration_minutes,r1_0.duration_precision,r1_0.ended_at,r1_0.held_on,r1_0.next_steps,r1_0.number,r1_0.outcome,r1_0.process_id,r1_0.published,r1_0.scheduled_start,r1_0.slug,r1_0.started_at,r1_0.status,r1_0.summary,r1_0.updated_at,r1_0.venue,r1_0.version,s1_0.said_on,s1_0.said_on_precision,s1_0.slug,s4_0.statement_id,s4_0.position,s4_1.id,s4_1.kind,s4_1.note,s4_1.published_on,s4_1.publisher,s4_1.slug,s4_1.title,s4_1.url,s4_1.version,s2_0.id,s2_0.name,s2_0.slug,s2_0.version,s1_0.speaker_title,s1_0.text,s1_0.version from statement s1_0 join party p1_0 on p1_0.id=s1_0.party_id left join person s2_0 on s2_0.id=s1_0.speaker_id left join round r1_0 on r1_0.id=s1_0.round_id left join statement d1_0 on d1_0.id=s1_0.disputes_id left join person s3_0 on s3_0.id=d1_0.speaker_id left join party p2_0 on p2_0.id=d1_0.party_id left join round r2_0 on r2_0.id=d1_0.round_id left join citation s4_0 on s1_0.id=s4_0.statement_id left join source s4_1 on s4_1.id=s4_0.source_id where s1_0.id in ('198004','188004','178004','168004','158004','148004','138004','128004','118004','108004','98004','88004','78004','68004','58004','48004','38004','28004','18004','8004') order by s1_0.said_on desc nulls last,s1_0.id desc;
\echo '```'
\echo ''
\echo '### ProfileStatementRepository.findDisputing'
\echo ''
\echo '```'
explain (analyze, buffers)
select s1_0.id,d1_0.id,d1_0.disputes_id,d1_0.party_id,d1_0.process_id,d1_0.quote,d1_0.round_id,d1_0.said_on,d1_0.said_on_precision,d1_0.slug,d1_0.speaker_id,d1_0.speaker_title,d1_0.text,d1_0.version,s1_0.party_id,p1_0.id,p1_0.kind,p1_0.name,p1_0.slug,p1_0.version,s1_0.process_id,s1_0.quote,r1_0.id,r1_0.city,r1_0.duration_minutes,r1_0.duration_precision,r1_0.ended_at,r1_0.held_on,r1_0.next_steps,r1_0.number,r1_0.outcome,r1_0.process_id,r1_0.published,r1_0.scheduled_start,r1_0.slug,r1_0.started_at,r1_0.status,r1_0.summary,r1_0.updated_at,r1_0.venue,r1_0.version,s1_0.said_on,s1_0.said_on_precision,s1_0.slug,s2_0.id,s2_0.name,s2_0.slug,s2_0.version,s1_0.speaker_title,s1_0.text,s1_0.version from statement s1_0 join party p1_0 on p1_0.id=s1_0.party_id left join person s2_0 on s2_0.id=s1_0.speaker_id left join round r1_0 on r1_0.id=s1_0.round_id join statement d1_0 on d1_0.id=s1_0.disputes_id where d1_0.id in ('198004','188004','178004','168004','158004','148004','138004','128004','118004','108004','98004','88004','78004','68004','58004','48004','38004','28004','18004','8004') order by s1_0.id;
\echo '```'
\echo ''
\echo '## `/exchanges`'
\echo ''
\echo '### ExchangeTallies.sides (totals by kind and by side)'
\echo ''
\echo '```'
explain (analyze, buffers)
select p.slug, p.name, t.kind, t.agreed, t.unreported, t.incomplete, t.agreements, t.received, t.stages
	from exchange_side_total t join party p on p.id = t.party_id
	where t.agreements > 0
	order by p.name, p.slug, t.kind;
\echo '```'
\echo ''
\echo '### ExchangeTallies.handovers (the chart)'
\echo ''
\echo '```'
explain (analyze, buffers)
with span as (
	  select max(occurred_on) - min(occurred_on) <= '366' as daily from exchange_received_day where stages > 0
	),
	charted as (
	  select party_id, case when kind = 'BODIES' then 'BODIES' else 'PEOPLE' end as handover_group
	  from exchange_side_total where stages > 0
	  group by 1, 2 order by sum(received) desc, 1, 2 limit '6'
	)
	select p.slug, p.name, d.handover_group, d.occurred_on as date, d.precision, d.received, false as by_month
	from exchange_received_day d join party p on p.id = d.party_id
	where d.stages > 0 and (select daily from span)
	  and (d.party_id, d.handover_group) in (select party_id, handover_group from charted)
	union all
	select p.slug, p.name, m.handover_group, m.month, 'MONTH', m.received, true
	from exchange_received_month m join party p on p.id = m.party_id
	where m.stages > 0 and not (select daily from span)
	  and (m.party_id, m.handover_group) in (select party_id, handover_group from charted);
\echo '```'
\echo ''
\echo '### ExchangeAgreementRepository.findPublishedIds'
\echo ''
\echo '```'
explain (analyze, buffers)
select ea1_0.id from exchange_agreement ea1_0 join round r1_0 on r1_0.id=ea1_0.round_id where r1_0.published order by r1_0.held_on,r1_0.id,ea1_0.position,ea1_0.id fetch first '10' rows only;
\echo '```'
\echo ''
\echo '### ExchangeAgreementRepository.findStageRows'
\echo ''
\echo '```'
explain (analyze, buffers)
select es1_0.id,a1_0.id,es1_0.sequence,es1_0.occurred_on,es1_0.occurred_on_precision,es1_0.side_a_received_per_a,es1_0.side_a_received_per_b,es1_0.side_b_received_per_a,es1_0.side_b_received_per_b,es1_0.side_a_withheld,es1_0.side_b_withheld,es1_0.note,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version from exchange_stage es1_0 join exchange_agreement a1_0 on a1_0.id=es1_0.agreement_id left join citation s1_0 on es1_0.id=s1_0.exchange_stage_id left join source s1_1 on s1_1.id=s1_0.source_id where a1_0.id in ('1','2','3','4','5','2501','2502','2503','2504','2505') order by a1_0.id,es1_0.sequence,s1_0.position;
\echo '```'
\echo ''
\echo '### ExchangeAgreementRepository.findAgreementRows'
\echo ''
\echo '```'
explain (analyze, buffers)
select ea1_0.id,ea1_0.slug,ea1_0.kind,ea1_0.all_for_all,ea1_0.side_a_count,ea1_0.side_b_count,ea1_0.criteria,ea1_0.description,r1_0.slug,r1_0.number,r1_0.city,r1_0.held_on,p1_0.name,sa1_0.slug,sa1_0.name,sb1_0.slug,sb1_0.name,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version from exchange_agreement ea1_0 join round r1_0 on r1_0.id=ea1_0.round_id join process p1_0 on p1_0.id=r1_0.process_id join party sa1_0 on sa1_0.id=ea1_0.side_a_party_id join party sb1_0 on sb1_0.id=ea1_0.side_b_party_id left join citation s1_0 on ea1_0.id=s1_0.exchange_agreement_id left join source s1_1 on s1_1.id=s1_0.source_id where ea1_0.id in ('1','2','3','4','5','2501','2502','2503','2504','2505') order by r1_0.held_on,r1_0.id,ea1_0.position,ea1_0.id,s1_0.position;
\echo '```'
\echo ''
\echo '## `/exchanges?page=1000`'
\echo ''
\echo '### ExchangeTallies.sides (totals by kind and by side)'
\echo ''
\echo '```'
explain (analyze, buffers)
select p.slug, p.name, t.kind, t.agreed, t.unreported, t.incomplete, t.agreements, t.received, t.stages
	from exchange_side_total t join party p on p.id = t.party_id
	where t.agreements > 0
	order by p.name, p.slug, t.kind;
\echo '```'
\echo ''
\echo '### ExchangeTallies.handovers (the chart)'
\echo ''
\echo '```'
explain (analyze, buffers)
with span as (
	  select max(occurred_on) - min(occurred_on) <= '366' as daily from exchange_received_day where stages > 0
	),
	charted as (
	  select party_id, case when kind = 'BODIES' then 'BODIES' else 'PEOPLE' end as handover_group
	  from exchange_side_total where stages > 0
	  group by 1, 2 order by sum(received) desc, 1, 2 limit '6'
	)
	select p.slug, p.name, d.handover_group, d.occurred_on as date, d.precision, d.received, false as by_month
	from exchange_received_day d join party p on p.id = d.party_id
	where d.stages > 0 and (select daily from span)
	  and (d.party_id, d.handover_group) in (select party_id, handover_group from charted)
	union all
	select p.slug, p.name, m.handover_group, m.month, 'MONTH', m.received, true
	from exchange_received_month m join party p on p.id = m.party_id
	where m.stages > 0 and not (select daily from span)
	  and (m.party_id, m.handover_group) in (select party_id, handover_group from charted);
\echo '```'
\echo ''
\echo '### ExchangeAgreementRepository.findPublishedIds'
\echo ''
\echo '```'
explain (analyze, buffers)
select ea1_0.id from exchange_agreement ea1_0 join round r1_0 on r1_0.id=ea1_0.round_id where r1_0.published order by r1_0.held_on,r1_0.id,ea1_0.position,ea1_0.id offset '9990' rows fetch first '10' rows only;
\echo '```'
\echo ''
\echo '### ExchangeAgreementRepository.findStageRows'
\echo ''
\echo '```'
explain (analyze, buffers)
select es1_0.id,a1_0.id,es1_0.sequence,es1_0.occurred_on,es1_0.occurred_on_precision,es1_0.side_a_received_per_a,es1_0.side_a_received_per_b,es1_0.side_b_received_per_a,es1_0.side_b_received_per_b,es1_0.side_a_withheld,es1_0.side_b_withheld,es1_0.note,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version from exchange_stage es1_0 join exchange_agreement a1_0 on a1_0.id=es1_0.agreement_id left join citation s1_0 on es1_0.id=s1_0.exchange_stage_id left join source s1_1 on s1_1.id=s1_0.source_id where a1_0.id in ('10556','10557','10558','10559','10560','35551','35552','35553','35554','35555') order by a1_0.id,es1_0.sequence,s1_0.position;
\echo '```'
\echo ''
\echo '### ExchangeAgreementRepository.findAgreementRows'
\echo ''
\echo '```'
explain (analyze, buffers)
select ea1_0.id,ea1_0.slug,ea1_0.kind,ea1_0.all_for_all,ea1_0.side_a_count,ea1_0.side_b_count,ea1_0.criteria,ea1_0.description,r1_0.slug,r1_0.number,r1_0.city,r1_0.held_on,p1_0.name,sa1_0.slug,sa1_0.name,sb1_0.slug,sb1_0.name,s1_1.id,s1_1.kind,s1_1.note,s1_1.published_on,s1_1.publisher,s1_1.slug,s1_1.title,s1_1.url,s1_1.version from exchange_agreement ea1_0 join round r1_0 on r1_0.id=ea1_0.round_id join process p1_0 on p1_0.id=r1_0.process_id join party sa1_0 on sa1_0.id=ea1_0.side_a_party_id join party sb1_0 on sb1_0.id=ea1_0.side_b_party_id left join citation s1_0 on ea1_0.id=s1_0.exchange_agreement_id left join source s1_1 on s1_1.id=s1_0.source_id where ea1_0.id in ('10556','10557','10558','10559','10560','35551','35552','35553','35554','35555') order by r1_0.held_on,r1_0.id,ea1_0.position,ea1_0.id,s1_0.position;
\echo '```'
\echo ''
\echo '## `/timeline`'
\echo ''
\echo '### TimelineRepository.findProcesses'
\echo ''
\echo '```'
explain (analyze, buffers)
select pp1_0.slug,pp1_0.name from process pp1_0 order by pp1_0.name,pp1_0.slug;
\echo '```'
\echo ''
\echo '### TimelineEntries.find (the page of entries across kinds)'
\echo ''
\echo '```'
explain (analyze, buffers)
select * from ((select e.*, case e.kind_rank
	  when 0 then array(select c.source_id from citation c where c.round_id = e.id order by c.position)
	  when 1 then array(select c.source_id from citation c where c.exchange_stage_id = e.id order by c.position)
	  when 2 then array(select c.source_id from citation c where c.memorandum_id = e.id order by c.position)
	  else array(select c.source_id from citation c where c.context_event_id = e.id order by c.position)
	end as source_ids, false as beyond from ((select 0 as kind_rank, r.held_on as date, 'DAY' as precision, r.id, p.slug as process_slug,
	       p.name as process_name, r.slug as round_slug, r.number as round_number, r.city, r.status,
	       null as exchange_slug, null as exchange_kind, null::integer as sequence, null as slug, null as title,
	       null as author
	from round r join process p on p.id = r.process_id
	where r.published and true and true
	order by r.held_on asc, r.id asc limit '51') union all (select 1 as kind_rank, s.occurred_on as date, s.occurred_on_precision as precision, s.id,
	       p.slug as process_slug, p.name as process_name, r.slug as round_slug, r.number as round_number,
	       null as city, null as status, a.slug as exchange_slug, a.kind as exchange_kind, s.sequence,
	       null as slug, null as title, null as author
	from exchange_stage s join exchange_agreement a on a.id = s.agreement_id join round r on r.id = a.round_id
	join process p on p.id = r.process_id
	where r.published and true
	order by s.occurred_on asc, s.id asc limit '51') union all (select 2 as kind_rank, m.delivered_on as date, m.delivered_on_precision as precision, m.id,
	       p.slug as process_slug, p.name as process_name, r.slug as round_slug, r.number as round_number,
	       null as city, null as status, null as exchange_slug, null as exchange_kind, null::integer as sequence,
	       m.slug, m.title, author.name as author
	from memorandum m join party author on author.id = m.author_party_id join process p on p.id = m.process_id
	left join round r on r.id = m.round_id
	where m.delivered_on is not null and (r.id is null or r.published) and true and true
	order by m.delivered_on asc, m.id asc limit '51') union all (select 3 as kind_rank, e.occurred_on as date, e.occurred_on_precision as precision, e.id,
	       p.slug as process_slug, p.name as process_name, null as round_slug, null::integer as round_number,
	       null as city, null as status, null as exchange_slug, null as exchange_kind, null::integer as sequence,
	       e.slug, e.title, null as author
	from context_event e join process p on p.id = e.process_id
	where true and true
	order by e.occurred_on asc, e.id asc limit '51')) e order by e.date asc, e.kind_rank asc, e.id asc limit 51)) page;
\echo '```'
\echo ''
\echo '### SourceRepository.findAllById (the sources the entries cite)'
\echo ''
\echo '```'
explain (analyze, buffers)
select s1_0.id,s1_0.kind,s1_0.note,s1_0.published_on,s1_0.publisher,s1_0.slug,s1_0.title,s1_0.url,s1_0.version from source s1_0 where s1_0.id in ('2','3','1002','1003','2002','2003','3002','3003','4002','4003','5002','5003','6002','6003','7002','7003','8002','8003','9002','9003','10002','10003','11002','11003','12002','12003','13002','13003','14002','14003','15002','15003','16002','16003','17002','17003','18002','18003','19002','19003','502','1502','12','22','32','42');
\echo '```'
\echo ''
\echo '## `/timeline?process=gen-process-3&after=2015-03-04.stage.100`'
\echo ''
\echo '### TimelineRepository.findProcesses'
\echo ''
\echo '```'
explain (analyze, buffers)
select pp1_0.slug,pp1_0.name from process pp1_0 order by pp1_0.name,pp1_0.slug;
\echo '```'
\echo ''
\echo '### TimelineEntries.find (the page of entries across kinds)'
\echo ''
\echo '```'
explain (analyze, buffers)
select * from ((select e.*, case e.kind_rank
	  when 0 then array(select c.source_id from citation c where c.round_id = e.id order by c.position)
	  when 1 then array(select c.source_id from citation c where c.exchange_stage_id = e.id order by c.position)
	  when 2 then array(select c.source_id from citation c where c.memorandum_id = e.id order by c.position)
	  else array(select c.source_id from citation c where c.context_event_id = e.id order by c.position)
	end as source_ids, false as beyond from ((select 0 as kind_rank, r.held_on as date, 'DAY' as precision, r.id, p.slug as process_slug,
	       p.name as process_name, r.slug as round_slug, r.number as round_number, r.city, r.status,
	       null as exchange_slug, null as exchange_kind, null::integer as sequence, null as slug, null as title,
	       null as author
	from round r join process p on p.id = r.process_id
	where r.published and r.process_id = (select id from process where slug = 'gen-process-3') and r.held_on > '2015-03-04'
	order by r.held_on asc, r.id asc limit '51') union all (with process_stages as materialized (
	  select s.occurred_on, s.occurred_on_precision, s.id, p.slug as process_slug, p.name as process_name,
	         r.slug as round_slug, r.number as round_number, a.slug as exchange_slug, a.kind as exchange_kind,
	         s.sequence
	  from round r join process p on p.id = r.process_id join exchange_agreement a on a.round_id = r.id
	  join exchange_stage s on s.agreement_id = a.id
	  where r.published and r.process_id = (select id from process where slug = 'gen-process-3') and (s.occurred_on, s.id) > ('2015-03-04', '100')
	)
	select 1 as kind_rank, occurred_on as date, occurred_on_precision as precision, id, process_slug,
	       process_name, round_slug, round_number, null as city, null as status, exchange_slug, exchange_kind,
	       sequence, null as slug, null as title, null as author
	from process_stages s
	order by s.occurred_on asc, s.id asc limit '51') union all (select 2 as kind_rank, m.delivered_on as date, m.delivered_on_precision as precision, m.id,
	       p.slug as process_slug, p.name as process_name, r.slug as round_slug, r.number as round_number,
	       null as city, null as status, null as exchange_slug, null as exchange_kind, null::integer as sequence,
	       m.slug, m.title, author.name as author
	from memorandum m join party author on author.id = m.author_party_id join process p on p.id = m.process_id
	left join round r on r.id = m.round_id
	where m.delivered_on is not null and (r.id is null or r.published) and m.process_id = (select id from process where slug = 'gen-process-3') and m.delivered_on >= '2015-03-04'
	order by m.delivered_on asc, m.id asc limit '51') union all (select 3 as kind_rank, e.occurred_on as date, e.occurred_on_precision as precision, e.id,
	       p.slug as process_slug, p.name as process_name, null as round_slug, null::integer as round_number,
	       null as city, null as status, null as exchange_slug, null as exchange_kind, null::integer as sequence,
	       e.slug, e.title, null as author
	from context_event e join process p on p.id = e.process_id
	where e.process_id = (select id from process where slug = 'gen-process-3') and e.occurred_on >= '2015-03-04'
	order by e.occurred_on asc, e.id asc limit '51')) e order by e.date asc, e.kind_rank asc, e.id asc limit 51) union all (select e.*, case e.kind_rank
	  when 0 then array(select c.source_id from citation c where c.round_id = e.id order by c.position)
	  when 1 then array(select c.source_id from citation c where c.exchange_stage_id = e.id order by c.position)
	  when 2 then array(select c.source_id from citation c where c.memorandum_id = e.id order by c.position)
	  else array(select c.source_id from citation c where c.context_event_id = e.id order by c.position)
	end as source_ids, true as beyond from ((select 0 as kind_rank, r.held_on as date, 'DAY' as precision, r.id, p.slug as process_slug,
	       p.name as process_name, r.slug as round_slug, r.number as round_number, r.city, r.status,
	       null as exchange_slug, null as exchange_kind, null::integer as sequence, null as slug, null as title,
	       null as author
	from round r join process p on p.id = r.process_id
	where r.published and r.process_id = (select id from process where slug = 'gen-process-3') and r.held_on <= '2015-03-04'
	order by r.held_on desc, r.id desc limit '51') union all (with process_stages as materialized (
	  select s.occurred_on, s.occurred_on_precision, s.id, p.slug as process_slug, p.name as process_name,
	         r.slug as round_slug, r.number as round_number, a.slug as exchange_slug, a.kind as exchange_kind,
	         s.sequence
	  from round r join process p on p.id = r.process_id join exchange_agreement a on a.round_id = r.id
	  join exchange_stage s on s.agreement_id = a.id
	  where r.published and r.process_id = (select id from process where slug = 'gen-process-3') and (s.occurred_on, s.id) < ('2015-03-04', '100')
	)
	select 1 as kind_rank, occurred_on as date, occurred_on_precision as precision, id, process_slug,
	       process_name, round_slug, round_number, null as city, null as status, exchange_slug, exchange_kind,
	       sequence, null as slug, null as title, null as author
	from process_stages s
	order by s.occurred_on desc, s.id desc limit '51') union all (select 2 as kind_rank, m.delivered_on as date, m.delivered_on_precision as precision, m.id,
	       p.slug as process_slug, p.name as process_name, r.slug as round_slug, r.number as round_number,
	       null as city, null as status, null as exchange_slug, null as exchange_kind, null::integer as sequence,
	       m.slug, m.title, author.name as author
	from memorandum m join party author on author.id = m.author_party_id join process p on p.id = m.process_id
	left join round r on r.id = m.round_id
	where m.delivered_on is not null and (r.id is null or r.published) and m.process_id = (select id from process where slug = 'gen-process-3') and m.delivered_on < '2015-03-04'
	order by m.delivered_on desc, m.id desc limit '51') union all (select 3 as kind_rank, e.occurred_on as date, e.occurred_on_precision as precision, e.id,
	       p.slug as process_slug, p.name as process_name, null as round_slug, null::integer as round_number,
	       null as city, null as status, null as exchange_slug, null as exchange_kind, null::integer as sequence,
	       e.slug, e.title, null as author
	from context_event e join process p on p.id = e.process_id
	where e.process_id = (select id from process where slug = 'gen-process-3') and e.occurred_on < '2015-03-04'
	order by e.occurred_on desc, e.id desc limit '51')) e order by e.date desc, e.kind_rank desc, e.id desc limit 1)) page;
\echo '```'
\echo ''
\echo '### SourceRepository.findAllById (the sources the entries cite)'
\echo ''
\echo '```'
explain (analyze, buffers)
select s1_0.id,s1_0.kind,s1_0.note,s1_0.published_on,s1_0.publisher,s1_0.slug,s1_0.title,s1_0.url,s1_0.version from source s1_0 where s1_0.id in ('59406','59416','59426','59436','59446','59407','59417','59427','59437','59447','59408','59418','59428','59438','59448','59409','59419','59429','59439','59449','59410','59420','59430','59440','59450','59411','59421','59431','59441','59451','2382','2383','1192','59502','59512','59522','59532','59542','59503','59513','59523','59533','59543','59504','59514','59524','59534','59544','59505','59515');
\echo '```'
\echo ''
