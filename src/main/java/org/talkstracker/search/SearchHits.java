package org.talkstracker.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
	 * ranked ({@code n} counts them, newest first, {@code of_kind} counts each kind's) to
	 * tell whether there are more. When the words name people ({@code naming}), their
	 * pages match, and the rounds they attended and their statements match and rank a
	 * little higher; else the statement leaves all that out, which was a third of the
	 * time PostgreSQL took to plan it.
	 */
	private static String matches(boolean naming) {
		List<String> kinds = new ArrayList<>();
		if (naming) {
			kinds.add("""
					(select 'PERSON' as kind, who.id, 10.0::real as rank, null::date as date
					 from person who where who.id in (:named)
					   and (exists (select 1 from delegation_member m join delegation d on d.id = m.delegation_id
					                join round r on r.id = d.round_id where m.person_id = who.id and r.published)
					        or exists (select 1 from statement s left join round r on r.id = s.round_id
					                   where s.speaker_id = who.id and (r.id is null or r.published)))
					 order by who.id limit :candidates)
					""");
		}
		kinds.add(naming
				? """
						(select 'ROUND' as kind, r.id,
						        case when r.search @@ cast(:tsquery as tsquery) then ts_rank(r.search, cast(:tsquery as tsquery)) else 0 end
						        + case when attended.round_id is not null then 0.1 else 0 end as rank,
						        r.held_on as date
						 from round r
						 left join (select distinct d.round_id from delegation d join delegation_member m on m.delegation_id = d.id
						            where m.person_id in (:named)) attended on attended.round_id = r.id
						 where r.published and (r.search @@ cast(:tsquery as tsquery) or attended.round_id is not null)
						 order by r.held_on desc, r.id desc limit :candidates)
						"""
				: """
						(select 'ROUND' as kind, r.id, ts_rank(r.search, cast(:tsquery as tsquery)) as rank, r.held_on as date
						 from round r where r.published and r.search @@ cast(:tsquery as tsquery)
						 order by r.held_on desc, r.id desc limit :candidates)
						""");
		kinds
			.add("""
					(select 'PROPOSAL', x.id, ts_rank(x.search, cast(:tsquery as tsquery)), r.held_on
					 from proposal x join round r on r.id = x.round_id where r.published and x.search @@ cast(:tsquery as tsquery)
					 order by r.held_on desc, x.id desc limit :candidates)
					""");
		kinds.add("""
				(select 'MEMORANDUM', m.id, ts_rank(m.search, cast(:tsquery as tsquery)), m.delivered_on
				 from memorandum m left join round r on r.id = m.round_id
				 where (r.id is null or r.published) and m.search @@ cast(:tsquery as tsquery)
				 order by m.delivered_on desc nulls last, m.id desc limit :candidates)
				""");
		kinds.add("""
				(select 'CLAUSE', c.id, ts_rank(c.search, cast(:tsquery as tsquery)), m.delivered_on
				 from clause c join memorandum m on m.id = c.memorandum_id left join round r on r.id = m.round_id
				 where (r.id is null or r.published) and c.search @@ cast(:tsquery as tsquery)
				 order by m.delivered_on desc nulls last, c.id desc limit :candidates)
				""");
		kinds.add(
				naming ? """
						(select 'STATEMENT', s.id,
						        case when s.search @@ cast(:tsquery as tsquery) then ts_rank(s.search, cast(:tsquery as tsquery)) else 0 end
						        + case when s.speaker_id in (:people) then 0.1 else 0 end,
						        s.said_on
						 from statement s left join round r on r.id = s.round_id
						 where (r.id is null or r.published) and (s.search @@ cast(:tsquery as tsquery) or s.speaker_id in (:people))
						 order by s.said_on desc nulls last, s.id desc limit :candidates)
						"""
						: """
								(select 'STATEMENT', s.id, ts_rank(s.search, cast(:tsquery as tsquery)), s.said_on
								 from statement s left join round r on r.id = s.round_id
								 where (r.id is null or r.published) and s.search @@ cast(:tsquery as tsquery)
								 order by s.said_on desc nulls last, s.id desc limit :candidates)
								""");
		return "with newest as (\n" + String.join("union all\n", kinds) + """
				),
				matches as (
				  select *, row_number() over (partition by kind order by date desc nulls last, id desc) as n,
				         count(*) over (partition by kind) as of_kind
				  from newest
				)
				""";
	}

	/** How many matches are ranked, and whether more match. */
	private static String count(boolean naming) {
		return matches(naming) + """
				select count(*) filter (where n <= :ranked) as ranked, coalesce(bool_or(n > :ranked), false) as more
				from matches""";
	}

	/**
	 * The page of matches among those ranked, each kind's rows read by a branch of its
	 * own that joins only its tables (one join of every kind's tables took as long for
	 * PostgreSQL to plan as the matching itself), with how many are ranked and whether
	 * some kind has more.
	 */
	private static String page(boolean naming) {
		List<String> hits = new ArrayList<>(List.of(
				hitsOf("ROUND", "join round r on r.id = pg.id", "r.slug", "r.id", "null", titleOnly("null::text"),
						"null::text", "concat_ws(' ', r.summary, r.outcome, r.next_steps)"),
				hitsOf("PROPOSAL", "join proposal x on x.id = pg.id", "x.slug", "x.round_id", "null",
						titleOnly("x.title"), "null::text", "concat_ws(' ', x.title, x.details, x.response)"),
				hitsOf("MEMORANDUM", "join memorandum m on m.id = pg.id", "m.slug", "m.round_id", "m.process_id",
						titles("m.title%1$s"), "null::text", "concat_ws(' ', m.title, m.summary)"),
				hitsOf("CLAUSE", "join clause c on c.id = pg.id join memorandum cm on cm.id = c.memorandum_id",
						"cm.slug", "cm.round_id", "cm.process_id", titles("cm.title%1$s"), "null::text", "c.text"),
				hitsOf("STATEMENT",
						"join statement s on s.id = pg.id left join person who on who.id = s.speaker_id"
								+ " left join party on party.id = s.party_id",
						"s.slug", "s.round_id", "s.process_id",
						titles("(case when who.id is not null then who.name%1$s else party.name%1$s end)"), "who.slug",
						"concat_ws(' ', s.text, s.quote)")));
		if (naming) {
			hits.add(hitsOf("PERSON", "join person named on named.id = pg.id", "named.slug", "null::bigint", "null",
					titles("named.name%1$s"), "null::text",
					"concat_ws(', ', named.name, (select string_agg(a.alias, ', ' order by a.alias)"
							+ " from person_alias a where a.person_id = named.id))"));
		}
		return matches(naming) + """
				, page as (
				  select *, count(*) over () as ranked, bool_or(of_kind > :ranked) over () as more
				  from matches where n <= :ranked
				  order by rank desc, date desc nulls last, kind, id limit :limit offset :offset
				)
				""" + String.join("union all\n", hits) + "order by rank desc, date desc nulls last, kind, id";
	}

	/** The page's statement when the words name people, and when they do not. */
	private static final String PAGE_NAMING = page(true);

	private static final String PAGE = page(false);

	/** How many match, for a page past the last: when the words name people, and not. */
	private static final String COUNT_NAMING = count(true);

	private static final String COUNT = count(false);

	private final JdbcClient jdbc;

	/**
	 * The page's hits of one kind: the fact's own tables, its slug, its round (whose
	 * process it is in, else its own), its {@link #titles}, the speaker's slug and the
	 * text its passage is cut from.
	 */
	private static String hitsOf(String kind, String tables, String slug, String roundId, String processId,
			String titles, String speakerSlug, String text) {
		return """
				select pg.kind, pg.id, pg.rank, pg.date, pg.ranked, pg.more, %3$s as slug, owner.slug as round_slug,
				       owner.number as round_number, p.name as process_name, p.name_uk as process_name_uk,
				       p.name_ru as process_name_ru, p.name_original as process_name_original,
				       %6$s, %7$s as speaker_slug,
				       ts_headline('talks', %8$s, cast(:tsquery as tsquery), %9$s) as snippet
				from page pg %2$s
				left join round owner on owner.id = %4$s
				left join process p on p.id = coalesce(owner.process_id, %5$s)
				where pg.kind = '%1$s'
				""".formatted(kind, tables, slug, roundId, processId, titles, speakerSlug, text, HEADLINE);
	}

	/**
	 * A hit's title (a memorandum's title, a person's or party's name) in English, in
	 * each other language and the language of its original: {@code column} holds
	 * {@code %1$s} where each column's suffix goes.
	 */
	private static String titles(String column) {
		return Stream.of("", "_uk", "_ru", "_original")
			.map((suffix) -> column.formatted(suffix) + " as title" + suffix)
			.collect(Collectors.joining(", "));
	}

	/** A title that is text, not a name: in the language it is written in. */
	private static String titleOnly(String column) {
		return column + " as title, null as title_uk, null as title_ru, null as title_original";
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
		boolean naming = !names.people().isEmpty();
		List<Counted> rows = this.jdbc.sql(naming ? PAGE_NAMING : PAGE)
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
		return this.jdbc.sql(naming ? COUNT_NAMING : COUNT)
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
