package org.talkstracker.search;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full-text search over published rounds, proposals, memoranda, clauses and statements, best
 * matches first, each with a highlighted passage. Statements by a person the words name match too.
 */
@Repository
class SearchHits {

	private static final String HEADLINE = "'StartSel=" + SearchHit.START + ", StopSel=" + SearchHit.STOP
			+ ", MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"'";

	private static final String HITS = """
			with q as (select to_tsquery('english', :query) as query)
			select 'ROUND' as kind, r.slug, r.slug as round_slug, r.number as round_number, p.name as process_name,
			       r.held_on as date, null as title, null as speaker_slug,
			       ts_headline('english', concat_ws(' ', r.summary, r.outcome, r.next_steps), q.query, %1$s) as snippet,
			       ts_rank(r.search, q.query) as rank
			from round r join process p on p.id = r.process_id cross join q
			where r.published and r.search @@ q.query
			union all
			select 'PROPOSAL', x.slug, r.slug, r.number, p.name, r.held_on, x.title, null,
			       ts_headline('english', concat_ws(' ', x.title, x.details, x.response), q.query, %1$s),
			       ts_rank(x.search, q.query)
			from proposal x join round r on r.id = x.round_id join process p on p.id = r.process_id cross join q
			where r.published and x.search @@ q.query
			union all
			select 'MEMORANDUM', m.slug, r.slug, r.number, p.name, m.delivered_on, m.title, null,
			       ts_headline('english', concat_ws(' ', m.title, m.summary), q.query, %1$s), ts_rank(m.search, q.query)
			from memorandum m join process p on p.id = m.process_id left join round r on r.id = m.round_id cross join q
			where (r.id is null or r.published) and m.search @@ q.query
			union all
			select 'CLAUSE', m.slug, r.slug, r.number, p.name, m.delivered_on, m.title, null,
			       ts_headline('english', c.text, q.query, %1$s), ts_rank(c.search, q.query)
			from clause c join memorandum m on m.id = c.memorandum_id join process p on p.id = m.process_id
			left join round r on r.id = m.round_id cross join q
			where (r.id is null or r.published) and c.search @@ q.query
			union all
			select 'STATEMENT', s.slug, r.slug, r.number, p.name, s.said_on, coalesce(who.name, party.name), who.slug,
			       ts_headline('english', concat_ws(' ', s.text, s.quote), q.query, %1$s),
			       ts_rank(s.search, q.query) + case when s.speaker_id in (:people) then 0.1 else 0 end
			from statement s join process p on p.id = s.process_id join party on party.id = s.party_id
			left join person who on who.id = s.speaker_id left join round r on r.id = s.round_id cross join q
			where (r.id is null or r.published) and (s.search @@ q.query or s.speaker_id in (:people))
			""".formatted(HEADLINE);

	private final JdbcClient jdbc;

	SearchHits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<SearchHit> search(String query, List<Long> people, Pageable pageable) {
		List<SearchHit> hits = this.jdbc
			.sql("select * from (" + HITS + ") hits order by rank desc, date desc nulls last, kind, slug"
					+ " limit :limit offset :offset")
			.param("query", query)
			.param("people", people.isEmpty() ? List.of(-1L) : people)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((row, number) -> new SearchHit(SearchHit.Kind.valueOf(row.getString("kind")), row.getString("slug"),
					row.getString("round_slug"), (Integer) row.getObject("round_number"),
					row.getString("process_name"), row.getObject("date", LocalDate.class), row.getString("title"),
					row.getString("speaker_slug"), row.getString("snippet")))
			.list();
		long total = this.jdbc.sql("select count(*) from (" + HITS + ") hits")
			.param("query", query)
			.param("people", people.isEmpty() ? List.of(-1L) : people)
			.query(Long.class)
			.single();
		return new PageImpl<>(hits, pageable, total);
	}

}
