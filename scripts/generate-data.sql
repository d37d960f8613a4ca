-- Synthetic Talks Tracker data at scale, written straight into the application's schema.
-- psql -v processes=20: 20 processes, 10,000 rounds, 100,000 proposals, 50,000 agreements with
-- 500,000 stages, 20,000 memoranda with 200,000 clauses, 200,000 statements, 100,000 sources;
-- fewer processes scale everything down in proportion.
-- Deterministic: the same scale gives the same data. Adds to what is there (ids continue).
\set ON_ERROR_STOP on
\timing on

select coalesce(max(id), 0) as source_base from source \gset
select coalesce(max(id), 0) as party_base from party \gset
select coalesce(max(id), 0) as person_base from person \gset
select coalesce(max(id), 0) as process_base from process \gset
select coalesce(max(id), 0) as round_base from round \gset
select coalesce(max(id), 0) as delegation_base from delegation \gset
select coalesce(max(id), 0) as proposal_base from proposal \gset
select coalesce(max(id), 0) as agreement_base from exchange_agreement \gset
select coalesce(max(id), 0) as stage_base from exchange_stage \gset
select coalesce(max(id), 0) as memorandum_base from memorandum \gset
select coalesce(max(id), 0) as clause_base from clause \gset
select coalesce(max(id), 0) as statement_base from statement \gset

-- Sizes.
select 500 as rounds_per_process, 60 as parties, 100 * :processes as people, 5000 * :processes as sources \gset

begin;

create temporary table words (n int primary key, word text) on commit drop;
insert into words
select row_number() over (), w from unnest(string_to_array(
  'ceasefire prisoners exchange bodies delegation memorandum withdrawal territory security guarantees sanctions '
  'humanitarian corridor monitoring commission frontline talks mediator observers agreement proposal children '
  'civilians wounded medical list verification schedule stage return deportation referendum neutrality army '
  'перемирие обмен пленные делегация меморандум территория гарантии безопасность переговоры посредник '
  'Istanbul Genève İstanbul Çırağan Kyiv Київ Москва Minsk Doha Riyadh Jeddah Abu Dhabi Vatican Ankara', ' ')) as w;
select count(*) as word_count from words \gset

create function pg_temp.sentence(seed bigint, length int) returns text language sql immutable as $$
  select string_agg(w.word, ' ' order by g)
  from generate_series(1, length) g
  join words w on w.n = 1 + ((seed * 7919 + g * 104729) % (select count(*) from words))
$$;

insert into source (id, slug, publisher, title, url, published_on, kind)
select :source_base + i, 'gen-source-' || i,
       (array['Reuters', 'The Moscow Times', 'Kyiv Independent', 'ТАСС', 'Укрінформ', 'Anadolu'])[1 + i % 6],
       'Report ' || i || ': ' || pg_temp.sentence(i, 6), 'https://example.org/report/' || i,
       date '2000-01-01' + (i % 9500), (array['OFFICIAL', 'STATE_MEDIA', 'INDEPENDENT', 'ANONYMOUS'])[1 + i % 4]
from generate_series(1, :sources) i;

insert into party (id, slug, name, kind)
select :party_base + i, 'gen-party-' || i,
       (array['Northland', 'Southland', 'Остров', 'Республика', 'Ligue', 'Union'])[1 + i % 6] || ' ' || i, 'STATE'
from generate_series(1, :parties) i;

insert into person (id, slug, name)
select :person_base + i, 'gen-person-' || i,
       (array['Olena', 'Ivan', 'Ayşe', 'Rustem', 'Marta', 'Dmitri'])[1 + i % 6] || ' '
         || (array['Kovalenko', 'Petrov', 'Yılmaz', 'Nowak', 'Шевченко', 'Иванов'])[1 + (i / 6) % 6] || ' ' || i
from generate_series(1, :people) i;
insert into person_alias (person_id, alias)
select :person_base + i, 'Алиас ' || i from generate_series(1, :people) i;

insert into process (id, slug, name, description)
select :process_base + p, 'gen-process-' || p, 'Generated process ' || p || ' (' || (1990 + p) || ')', pg_temp.sentence(p, 30)
from generate_series(1, :processes) p;
insert into process_party (process_id, party_id)
select :process_base + p, :party_base + 1 + ((p * 2 + k) % :parties) from generate_series(1, :processes) p, generate_series(0, 1) k;

-- Rounds: 500 per process, one every 10 days; one in ten is a draft, the last ones are scheduled.
insert into round (id, process_id, slug, number, status, city, venue, held_on, duration_minutes, duration_precision,
                   summary, outcome, next_steps, published)
select :round_base + r, :process_base + 1 + (r - 1) / :rounds_per_process, 'gen-round-' || r,
       1 + (r - 1) % :rounds_per_process,
       case when (r - 1) % :rounds_per_process >= :rounds_per_process - 3 then 'SCHEDULED' else 'HELD' end,
       (array['Istanbul', 'Genève', 'Київ', 'Doha', 'Riyadh', 'Minsk'])[1 + r % 6],
       case when r % 3 = 0 then 'Çırağan Palace' end,
       date '2010-01-01' + ((r - 1) % :rounds_per_process) * 10 + ((r - 1) / :rounds_per_process),
       60 + r % 240, 'APPROXIMATE', pg_temp.sentence(r, 40), pg_temp.sentence(r + 1, 20), pg_temp.sentence(r + 2, 15),
       r % 10 <> 0
from generate_series(1, :processes * :rounds_per_process) r;

insert into delegation (id, round_id, party_id)
select :delegation_base + (r - 1) * 2 + k + 1, :round_base + r, :party_base + 1 + ((((r - 1) / :rounds_per_process + 1) * 2 + k) % :parties)
from generate_series(1, :processes * :rounds_per_process) r, generate_series(0, 1) k;
insert into delegation_member (delegation_id, person_id, title, role, position)
select :delegation_base + d, :person_base + 1 + ((d * 3 + m) % :people),
       (array['Minister', 'Министр', 'Adviser', 'Ambassador'])[1 + m], case m when 0 then 'HEAD' else 'MEMBER' end, m
from generate_series(1, :processes * :rounds_per_process * 2) d, generate_series(0, 2) m;
insert into third_party (round_id, party_id, role, note)
select :round_base + r, :party_base + 1 + ((r * 7) % :parties), 'MEDIATOR', pg_temp.sentence(r, 8)
from generate_series(1, :processes * :rounds_per_process) r
where :party_base + 1 + ((r * 7) % :parties) not in (
  select party_id from delegation where round_id = :round_base + r);

-- Ten proposals, five exchange agreements (ten stages each), two memoranda (ten clauses each)
-- and twenty statements per round.
insert into proposal (id, round_id, slug, party_id, category, title, details, status, response, position)
select :proposal_base + x, :round_base + 1 + (x - 1) / 10, 'proposal-' || ((x - 1) % 10 + 1),
       :party_base + 1 + ((((x - 1) / 10 / :rounds_per_process + 1) * 2 + x % 2) % :parties),
       (array['CEASEFIRE', 'HUMANITARIAN', 'TERRITORIAL', 'POLITICAL', 'SECURITY', 'ECONOMIC', 'PROCEDURAL'])[1 + x % 7],
       pg_temp.sentence(x, 8), pg_temp.sentence(x + 3, 30),
       (array['PROPOSED', 'ACCEPTED', 'REJECTED', 'IMPLEMENTED', 'LAPSED'])[1 + x % 5], pg_temp.sentence(x + 5, 12),
       (x - 1) % 10
from generate_series(1, :processes * :rounds_per_process * 10) x;

insert into exchange_agreement (id, round_id, slug, kind, all_for_all, side_a_party_id, side_b_party_id, side_a_count,
                                side_b_count, criteria, position)
select :agreement_base + x, :round_base + 1 + (x - 1) / 5, 'exchange-' || ((x - 1) % 5 + 1),
       (array['PRISONERS_OF_WAR', 'CIVILIANS', 'PRISONERS', 'CHILDREN', 'BODIES'])[1 + x % 5], false,
       :party_base + 1 + ((((x - 1) / 5 / :rounds_per_process + 1) * 2) % :parties),
       :party_base + 1 + ((((x - 1) / 5 / :rounds_per_process + 1) * 2 + 1) % :parties),
       100 + x % 900, 100 + x % 900, pg_temp.sentence(x, 10), (x - 1) % 5
from generate_series(1, :processes * :rounds_per_process * 5) x;

insert into exchange_stage (id, agreement_id, sequence, occurred_on, occurred_on_precision, side_a_received_per_a,
                            side_a_received_per_b, side_b_received_per_a, side_b_received_per_b, side_a_withheld,
                            side_b_withheld)
select :stage_base + s, :agreement_base + 1 + (s - 1) / 10, (s - 1) % 10 + 1,
       date '2010-01-05' + ((s - 1) / 10 / 5 % :rounds_per_process) * 10 + (s - 1) / 50 / :rounds_per_process
           + (s - 1) % 10, 'DAY',
       10 + s % 20, 10 + s % 20 - (s % 7 = 0)::int, case when s % 97 <> 0 then 10 + s % 20 end,
       case when s % 97 <> 0 then 10 + s % 20 end, false, s % 97 = 0
from generate_series(1, :processes * :rounds_per_process * 50) s;

insert into memorandum (id, process_id, slug, title, author_party_id, round_id, delivered_on, delivered_on_precision,
                        published_on, summary)
select :memorandum_base + m, :process_base + 1 + (m - 1) / 2 / :rounds_per_process, 'gen-memorandum-' || m,
       'Memorandum ' || m || ': ' || pg_temp.sentence(m, 5),
       :party_base + 1 + ((((m - 1) / 2 / :rounds_per_process + 1) * 2 + m % 2) % :parties),
       :round_base + 1 + (m - 1) / 2, date '2010-01-01' + ((m - 1) / 2 % :rounds_per_process) * 10, 'DAY',
       date '2010-01-02' + ((m - 1) / 2 % :rounds_per_process) * 10, pg_temp.sentence(m, 40)
from generate_series(1, :processes * :rounds_per_process * 2) m;
insert into clause (id, memorandum_id, number, topic, text)
select :clause_base + c, :memorandum_base + 1 + (c - 1) / 10, (c - 1) % 10 + 1,
       (array['CEASEFIRE_CONDITIONS', 'TERRITORY', 'HUMANITARIAN', 'SECURITY_GUARANTEES', 'SANCTIONS', 'POLITICAL',
              'MILITARY', 'ECONOMIC', 'PROCEDURAL', 'OTHER'])[1 + (c * 3 + (c - 1) / 10) % 10],
       pg_temp.sentence(c, 25)
from generate_series(1, :processes * :rounds_per_process * 20) c;

insert into statement (id, process_id, slug, round_id, speaker_id, speaker_title, party_id, said_on, said_on_precision,
                       text, quote)
select :statement_base + s, :process_base + 1 + (s - 1) / 20 / :rounds_per_process, 'gen-statement-' || s,
       :round_base + 1 + (s - 1) / 20, :person_base + 1 + (s % :people), 'Minister',
       :party_base + 1 + ((((s - 1) / 20 / :rounds_per_process + 1) * 2 + s % 2) % :parties),
       date '2010-01-01' + ((s - 1) / 20 % :rounds_per_process) * 10, 'DAY', pg_temp.sentence(s, 30),
       pg_temp.sentence(s + 9, 5)
from generate_series(1, :processes * :rounds_per_process * 20) s;
update statement set disputes_id = id - 1 where id > :statement_base + 1 and id % 20 = 0;

-- Every fact cites a source.
insert into citation (source_id, round_id, position)
select :source_base + 1 + (id % :sources), id, 0 from round where id > :round_base;
insert into citation (source_id, delegation_id, position)
select :source_base + 1 + (id % :sources), id, 0 from delegation where id > :delegation_base;
insert into citation (source_id, third_party_id, position)
select :source_base + 1 + (t.id % :sources), t.id, 0 from third_party t where t.round_id > :round_base;
insert into citation (source_id, proposal_id, position)
select :source_base + 1 + (id % :sources), id, 0 from proposal where id > :proposal_base;
insert into citation (source_id, exchange_agreement_id, position)
select :source_base + 1 + (id % :sources), id, 0 from exchange_agreement where id > :agreement_base;
insert into citation (source_id, exchange_stage_id, position)
select :source_base + 1 + (id % :sources), id, 0 from exchange_stage where id > :stage_base;
insert into citation (source_id, memorandum_id, position)
select :source_base + 1 + (id % :sources), id, 0 from memorandum where id > :memorandum_base;
insert into citation (source_id, statement_id, position)
select :source_base + 1 + (id % :sources), id, 0 from statement where id > :statement_base;

insert into context_event (process_id, slug, title, description, occurred_on, occurred_on_precision)
select :process_base + 1 + (e - 1) / 50, 'gen-event-' || e, pg_temp.sentence(e, 6), pg_temp.sentence(e, 20),
       date '2010-01-03' + e * 7, 'DAY'
from generate_series(1, :processes * 50) e;

commit;

-- Identity columns continue after the generated ids.
do $$
declare t text;
begin
  foreach t in array array['source', 'party', 'person', 'process', 'round', 'delegation', 'delegation_member',
      'third_party', 'proposal', 'exchange_agreement', 'exchange_stage', 'memorandum', 'clause', 'statement',
      'context_event', 'citation'] loop
    execute format('select setval(pg_get_serial_sequence(%L, ''id''), (select coalesce(max(id), 0) + 1 from %I), false)', t, t);
  end loop;
end $$;

vacuum analyze;
