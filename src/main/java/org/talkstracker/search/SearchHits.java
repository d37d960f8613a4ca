package org.talkstracker.search;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Russian. The words are matched in one table of search documents (V41), one per fact a
 * reader may find, kept by triggers as the facts change: planning a match over one table
 * costs PostgreSQL a fraction of planning it over five, each joined to its round to leave
 * out drafts. Words found in most of the data (half a million facts can match) are made
 * cheap by ranking only the {@value #MOST_RECENT} most recent matches of each kind: each
 * kind reads its matches newest first and stops there (through the index of dates when
 * the words are common, through the index of words when they are rare), so no request
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
	 * tell whether there are more, read from the search documents (V41), which hold only
	 * what readers may find. When the words name people ({@code naming}), their pages
	 * match, and the rounds they attended and their statements match and rank a little
	 * higher; else the statement leaves all that out.
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
			kinds.add(newest("ROUND",
					"""
							left join (select distinct d.round_id from delegation d join delegation_member m on m.delegation_id = d.id
							           where m.person_id in (:named)) attended on attended.round_id = doc.id""",
					"attended.round_id is not null"));
		}
		else {
			kinds.add(newest("ROUND"));
		}
		kinds.add(newest("PROPOSAL"));
		kinds.add(newest("MEMORANDUM"));
		kinds.add(newest("CLAUSE"));
		kinds.add(naming ? newest("STATEMENT", "", "doc.speaker in (:people)") : newest("STATEMENT"));
		return "with newest as (\n" + String.join("union all\n", kinds) + """
				),
				matches as (
				  select *, row_number() over (partition by kind order by date desc nulls last, id desc) as n,
				         count(*) over (partition by kind) as of_kind
				  from newest
				)
				""";
	}

	/**
	 * The most recent documents of one kind that hold the words: newest first through the
	 * index of dates when the words are common, through the index of words when they are
	 * rare.
	 */
	private static String newest(String kind) {
		return """
				(select '%1$s' as kind, doc.id, ts_rank(doc.search, cast(:tsquery as tsquery)) as rank, doc.dated as date
				 from search_document doc where doc.kind = '%1$s' and doc.search @@ cast(:tsquery as tsquery)
				 order by doc.dated desc nulls last, doc.id desc limit :candidates)
				"""
			.formatted(kind);
	}

	/**
	 * The most recent documents of one kind that hold the words or name the people the
	 * words name ({@code naming}, through {@code join}), those that name them ranked a
	 * little higher.
	 */
	private static String newest(String kind, String join, String naming) {
		return """
				(select '%1$s' as kind, doc.id,
				        case when doc.search @@ cast(:tsquery as tsquery) then ts_rank(doc.search, cast(:tsquery as tsquery)) else 0 end
				        + case when %3$s then 0.1 else 0 end as rank,
				        doc.dated as date
				 from search_document doc %2$s
				 where doc.kind = '%1$s' and (doc.search @@ cast(:tsquery as tsquery) or %3$s)
				 order by doc.dated desc nulls last, doc.id desc limit :candidates)
				"""
			.formatted(kind, join, naming);
	}

	/** How many matches are ranked, and whether more match. */
	private static String count(boolean naming) {
		return matches(naming) + """
				select count(*) filter (where n <= :ranked) as ranked, coalesce(bool_or(n > :ranked), false) as more
				from matches""";
	}

	/**
	 * The page of matches among those ranked, with how many are ranked and whether some
	 * kind has more: each fact's hit as its document holds it, the people the words name
	 * read from their own table.
	 */
	private static String page(boolean naming) {
		String hits = """
				select pg.kind, pg.id, pg.rank, pg.date, pg.ranked, pg.more, doc.slug, owner.slug as round_slug,
				       owner.number as round_number, p.name as process_name, p.name_uk as process_name_uk,
				       p.name_ru as process_name_ru, p.name_original as process_name_original,
				       doc.title, doc.title_uk, doc.title_ru, doc.title_original, doc.speaker_slug,
				       ts_headline('talks', doc.passage, cast(:tsquery as tsquery), %s) as snippet
				from page pg join search_document doc on doc.kind = pg.kind and doc.id = pg.id
				left join round owner on owner.id = doc.round_id
				left join process p on p.id = coalesce(owner.process_id, doc.process_id)
				""".formatted(HEADLINE);
		if (naming) {
			hits += """
					union all
					select pg.kind, pg.id, pg.rank, pg.date, pg.ranked, pg.more, named.slug, null, null, null, null, null, null,
					       named.name, named.name_uk, named.name_ru, named.name_original, null,
					       ts_headline('talks', concat_ws(', ', named.name, (select string_agg(a.alias, ', ' order by a.alias)
					                                                          from person_alias a where a.person_id = named.id)),
					                   cast(:tsquery as tsquery), %s)
					from page pg join person named on named.id = pg.id where pg.kind = 'PERSON'
					"""
				.formatted(HEADLINE);
		}
		return matches(naming) + """
				, page as (
				  select *, count(*) over () as ranked, bool_or(of_kind > :ranked) over () as more
				  from matches where n <= :ranked
				  order by rank desc, date desc nulls last, kind, id limit :limit offset :offset
				)
				""" + hits + "order by rank desc, date desc nulls last, kind, id";
	}

	/** The page's statement when the words name people, and when they do not. */
	private static final String PAGE_NAMING = page(true);

	private static final String PAGE = page(false);

	/** How many match, for a page past the last: when the words name people, and not. */
	private static final String COUNT_NAMING = count(true);

	private static final String COUNT = count(false);

	private final JdbcClient jdbc;

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
