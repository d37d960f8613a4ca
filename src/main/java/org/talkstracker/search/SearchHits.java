package org.talkstracker.search;

import java.time.LocalDate;
import java.util.List;

import org.talkstracker.editing.Name;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full-text search over published rounds, proposals, memoranda, clauses and statements,
 * best matches first, each with a highlighted passage; the people the words name come
 * first, with the rounds they attended. Statements by a person the words name match too.
 * Documents and queries are read by {@code talks_document} and {@code talks_query} (V32):
 * without accents, English words stemmed as English and words in other scripts as
 * Russian. Words found in most of the data (half a million facts can match) are made
 * cheap by ranking only the {@value #MOST_RECENT} most recent matches of each kind: each
 * kind reads its matches newest first and stops there (through the date indexes when the
 * words are common, through the full-text indexes when they are rare), so no request
 * ranks or counts more than a few thousand rows. The passages, the costly part, are cut
 * only for the page shown.
 */
@Repository
class SearchHits {

	/** The matches of each kind that are ranked; when more match, the page says so. */
	static final int MOST_RECENT = 500;

	private static final String HEADLINE = "'StartSel=" + SearchHit.START + ", StopSel=" + SearchHit.STOP
			+ ", MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"'";

	/**
	 * The most recent matches of each kind as (kind, id, rank, date), one more than are
	 * ranked ({@code n} counts them, newest first) to tell whether there are more.
	 */
	private static final String MATCHES = """
			with newest as (
			  (select 'PERSON' as kind, who.id, 10.0::real as rank, null::date as date
			   from person who where who.id in (:named)
			     and (exists (select 1 from delegation_member m join delegation d on d.id = m.delegation_id
			                  join round r on r.id = d.round_id where m.person_id = who.id and r.published)
			          or exists (select 1 from statement s left join round r on r.id = s.round_id
			                     where s.speaker_id = who.id and (r.id is null or r.published)))
			   order by who.id limit :candidates)
			  union all
			  (select 'ROUND', r.id,
			          case when r.search @@ cast(:tsquery as tsquery) then ts_rank(r.search, cast(:tsquery as tsquery)) else 0 end
			          + case when attended.round_id is not null then 0.1 else 0 end,
			          r.held_on
			   from round r
			   left join (select distinct d.round_id from delegation d join delegation_member m on m.delegation_id = d.id
			              where m.person_id in (:named)) attended on attended.round_id = r.id
			   where r.published and (r.search @@ cast(:tsquery as tsquery) or attended.round_id is not null)
			   order by r.held_on desc, r.id desc limit :candidates)
			  union all
			  (select 'PROPOSAL', x.id, ts_rank(x.search, cast(:tsquery as tsquery)), r.held_on
			   from proposal x join round r on r.id = x.round_id where r.published and x.search @@ cast(:tsquery as tsquery)
			   order by r.held_on desc, x.id desc limit :candidates)
			  union all
			  (select 'MEMORANDUM', m.id, ts_rank(m.search, cast(:tsquery as tsquery)), m.delivered_on
			   from memorandum m left join round r on r.id = m.round_id
			   where (r.id is null or r.published) and m.search @@ cast(:tsquery as tsquery)
			   order by m.delivered_on desc nulls last, m.id desc limit :candidates)
			  union all
			  (select 'CLAUSE', c.id, ts_rank(c.search, cast(:tsquery as tsquery)), m.delivered_on
			   from clause c join memorandum m on m.id = c.memorandum_id left join round r on r.id = m.round_id
			   where (r.id is null or r.published) and c.search @@ cast(:tsquery as tsquery)
			   order by m.delivered_on desc nulls last, c.id desc limit :candidates)
			  union all
			  (select 'STATEMENT', s.id,
			          case when s.search @@ cast(:tsquery as tsquery) then ts_rank(s.search, cast(:tsquery as tsquery)) else 0 end
			          + case when s.speaker_id in (:people) then 0.1 else 0 end,
			          s.said_on
			   from statement s left join round r on r.id = s.round_id
			   where (r.id is null or r.published) and (s.search @@ cast(:tsquery as tsquery) or s.speaker_id in (:people))
			   order by s.said_on desc nulls last, s.id desc limit :candidates)
			),
			matches as (
			  select *, row_number() over (partition by kind order by date desc nulls last, id desc) as n from newest
			)
			""";

	private static final String PAGE = MATCHES
			+ """
					, page as (
					  select * from matches where n <= :ranked
					  order by rank desc, date desc nulls last, kind, id limit :limit offset :offset
					)
					select pg.kind, pg.rank, pg.date,
					       (select count(*) from matches where n <= :ranked) as ranked,
					       (select coalesce(bool_or(n > :ranked), false) from matches) as more,
					       coalesce(r.slug, x.slug, m.slug, cm.slug, s.slug, named.slug) as slug, owner.slug as round_slug,
					       owner.number as round_number, p.name as process_name, p.name_uk as process_name_uk,
					       p.name_ru as process_name_ru, p.name_original as process_name_original,
					       coalesce(x.title, m.title, cm.title, who.name, party.name, named.name) as title, %1$s,
					       who.slug as speaker_slug,
					       ts_headline('talks', case pg.kind
					           when 'ROUND' then concat_ws(' ', r.summary, r.outcome, r.next_steps)
					           when 'PROPOSAL' then concat_ws(' ', x.title, x.details, x.response)
					           when 'MEMORANDUM' then concat_ws(' ', m.title, m.summary)
					           when 'CLAUSE' then c.text
					           when 'PERSON' then concat_ws(', ', named.name,
					               (select string_agg(a.alias, ', ' order by a.alias) from person_alias a where a.person_id = named.id))
					           else concat_ws(' ', s.text, s.quote) end, cast(:tsquery as tsquery), %2$s) as snippet
					from page pg
					left join round r on pg.kind = 'ROUND' and r.id = pg.id
					left join proposal x on pg.kind = 'PROPOSAL' and x.id = pg.id
					left join memorandum m on pg.kind = 'MEMORANDUM' and m.id = pg.id
					left join clause c on pg.kind = 'CLAUSE' and c.id = pg.id
					left join memorandum cm on cm.id = c.memorandum_id
					left join statement s on pg.kind = 'STATEMENT' and s.id = pg.id
					left join person who on who.id = s.speaker_id
					left join party on party.id = s.party_id
					left join person named on pg.kind = 'PERSON' and named.id = pg.id
					left join round owner on owner.id = coalesce(r.id, x.round_id, m.round_id, cm.round_id, s.round_id)
					left join process p on p.id = coalesce(owner.process_id, m.process_id, cm.process_id, s.process_id)
					order by pg.rank desc, pg.date desc nulls last, pg.kind, pg.id
					"""
				.formatted(titleIn("uk") + ", " + titleIn("ru") + ", " + titleIn("original"), HEADLINE);

	private final JdbcClient jdbc;

	/**
	 * A hit's title in another language ({@code uk}, {@code ru}) or the language of its
	 * original, for a name (a memorandum's title, a person's or party's name); none for a
	 * proposal's title, which is text.
	 */
	private static String titleIn(String language) {
		String suffix = "_" + language;
		return """
				case when x.id is not null then null when m.id is not null then m.title%1$s
				    when cm.id is not null then cm.title%1$s when who.id is not null then who.name%1$s
				    when party.id is not null then party.name%1$s else named.name%1$s end as title%1$s"""
			.formatted(suffix);
	}

	SearchHits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the best matches, and whether more match than are ranked: the query, then
	 * one statement whose rows also carry how many are ranked; one more for a page past
	 * the last.
	 */
	Results search(String query, NameSpellings.Match names, Pageable pageable) {
		// The words as a text-search query, read once: the page's statement then holds it
		// as a value that its plan is made for, rather than folding talks_query at each
		// of
		// its thirteen uses while planning (half of its planning time,
		// docs/PERFORMANCE.md).
		String tsquery = this.jdbc.sql("select talks_query(:query)::text")
			.param("query", query)
			.query(String.class)
			.single();
		List<Long> speakers = orNobody(names.people());
		List<Long> named = orNobody(names.named());
		List<Counted> rows = this.jdbc.sql(PAGE)
			.param("tsquery", tsquery)
			.param("people", speakers)
			.param("named", named)
			.param("candidates", MOST_RECENT + 1)
			.param("ranked", MOST_RECENT)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((row, number) -> new Counted(
					new SearchHit(SearchHit.Kind.valueOf(row.getString("kind")), row.getString("slug"),
							row.getString("round_slug"), (Integer) row.getObject("round_number"),
							Name.read(row, "process_name"), row.getObject("date", LocalDate.class),
							Name.read(row, "title"), row.getString("speaker_slug"), row.getString("snippet")),
					row.getLong("ranked"), row.getBoolean("more")))
			.list();
		List<SearchHit> hits = rows.stream().map(Counted::hit).toList();
		if (!rows.isEmpty()) {
			return new Results(new PageImpl<>(hits, pageable, rows.get(0).ranked()), rows.get(0).more());
		}
		if (pageable.getOffset() == 0) {
			// Nothing on the first page: nothing matched at all.
			return new Results(new PageImpl<>(hits, pageable, 0), false);
		}
		return this.jdbc.sql(MATCHES + """
				select count(*) filter (where n <= :ranked) as ranked, coalesce(bool_or(n > :ranked), false) as more
				from matches""")
			.param("tsquery", tsquery)
			.param("people", speakers)
			.param("named", named)
			.param("candidates", MOST_RECENT + 1)
			.param("ranked", MOST_RECENT)
			.query((row, number) -> new Results(new PageImpl<>(hits, pageable, row.getLong("ranked")),
					row.getBoolean("more")))
			.single();
	}

	/** A hit of the page, with how many matches are ranked and whether more match. */
	private record Counted(SearchHit hit, long ranked, boolean more) {
	}

	/** SQL's {@code in ()} needs a value: no person has the id -1. */
	private static List<Long> orNobody(List<Long> people) {
		return people.isEmpty() ? List.of(-1L) : people;
	}

	/**
	 * A page of hits among those ranked; {@code more}: some kind has more matches than
	 * the {@value #MOST_RECENT} most recent that were ranked.
	 */
	record Results(Page<SearchHit> hits, boolean more) {
	}

}
