package org.talkstracker.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talkstracker.editing.Name;
import org.talkstracker.round.RoundListing;

/**
 * Published rounds matching a {@link RoundFilter}: each filter becomes one indexed
 * condition, and search words match the round itself or any proposal, memorandum, clause
 * or statement of it. Two statements per page: the rows and their count; with search
 * words one, the rows counting the matches (two only for a page past the last).
 */
@Repository
class RoundFinder {

	private final JdbcClient jdbc;

	private final NameSpellings spellings;

	RoundFinder(JdbcClient jdbc, NameSpellings spellings) {
		this.jdbc = jdbc;
		this.spellings = spellings;
	}

	Page<RoundListing> find(RoundFilter filter, Pageable pageable) {
		Selection selection = select(filter);
		boolean searching = !filter.terms().isEmpty();
		String rank = searching ? "ts_rank(r.search, q.query)" : "0";
		String order = switch (filter.order()) {
			case OLDEST -> "r.held_on, r.id";
			case RELEVANCE -> rank + " desc, r.held_on desc, r.id desc";
			case NEWEST -> "r.held_on desc, r.id desc";
		};
		// Search words are matched against every round's facts, whatever the order: the
		// page counts
		// what matched as it goes rather than matching everything a second time to count
		// it.
		List<Counted> rows = this.jdbc
			.sql("select r.slug, r.number, p.name as process_name, p.name_uk as process_name_uk, "
					+ "p.name_ru as process_name_ru, p.name_original as process_name_original, "
					+ "p.slug as process_slug, r.held_on, r.city, r.city_uk, r.city_ru, r.city_original, r.venue, "
					+ "r.venue_uk, r.venue_ru, r.venue_original, r.status, " + (searching ? "count(*) over ()" : "0")
					+ " as total" + selection.from() + " order by " + order + " limit :limit offset :offset")
			.params(selection.parameters())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((row, number) -> new Counted(RoundListing.of(row), row.getLong("total")))
			.list();
		long total = (searching && !rows.isEmpty()) ? rows.get(0).total()
				: this.jdbc.sql("select count(*)" + selection.from())
					.params(selection.parameters())
					.query(Long.class)
					.single();
		return new PageImpl<>(rows.stream().map(Counted::listing).toList(), pageable, total);
	}

	/**
	 * The ids of the published rounds matching the filter, in one statement (and one for
	 * the names searched).
	 */
	long[] ids(RoundFilter filter) {
		Selection selection = select(filter);
		return this.jdbc.sql("select r.id" + selection.from())
			.params(selection.parameters())
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	/** A round of the page, and how many rounds matched in all. */
	private record Counted(RoundListing listing, long total) {
	}

	/**
	 * The published rounds matching the filter, as the {@code from} and {@code where} of
	 * a query over {@code round r join process p}, with search words as the tsquery
	 * {@code q.query}.
	 */
	private record Selection(String from, Map<String, Object> parameters) {
	}

	private Selection select(RoundFilter filter) {
		List<String> conditions = new ArrayList<>(List.of("r.published"));
		Map<String, Object> params = new HashMap<>();
		if (filter.process() != null) {
			conditions.add("p.slug = :process");
			params.put("process", filter.process());
		}
		if (filter.year() != null) {
			conditions.add("r.held_on >= make_date(:year, 1, 1) and r.held_on < make_date(:year + 1, 1, 1)");
			params.put("year", filter.year());
		}
		if (filter.status() != null) {
			conditions.add("r.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.party() != null) {
			conditions
				.add("""
						(exists (select 1 from delegation d join party x on x.id = d.party_id where d.round_id = r.id and x.slug = :party)
						 or exists (select 1 from third_party t join party x on x.id = t.party_id where t.round_id = r.id and x.slug = :party))""");
			params.put("party", filter.party());
		}
		if (filter.venue() != null) {
			conditions.add("(r.city = :venue or r.venue = :venue)");
			params.put("venue", filter.venue());
		}
		boolean searching = !filter.terms().isEmpty();
		if (searching) {
			NameSpellings.Match names = this.spellings.find(filter.terms());
			params.put("query", filter.terms().tsquery(names.alternatives()));
			params.put("people", names.people().isEmpty() ? List.of(-1L) : names.people());
			conditions
				.add("""
						(r.search @@ q.query
						 or exists (select 1 from proposal x where x.round_id = r.id and x.search @@ q.query)
						 or exists (select 1 from memorandum x where x.round_id = r.id and x.search @@ q.query)
						 or exists (select 1 from clause c join memorandum x on x.id = c.memorandum_id where x.round_id = r.id and c.search @@ q.query)
						 or exists (select 1 from statement x where x.round_id = r.id and (x.search @@ q.query or x.speaker_id in (:people)))
						 or exists (select 1 from delegation d join delegation_member m on m.delegation_id = d.id
						            where d.round_id = r.id and m.person_id in (:people)))""");
		}
		return new Selection(" from round r join process p on p.id = r.process_id"
				+ (searching ? " cross join (select talks_query(:query) as query) q" : "") + " where "
				+ String.join(" and ", conditions), params);
	}

}
