package org.talkstracker.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published data set as three CSV tables (rounds, exchanges, memoranda), each written
 * row by row from a database cursor, so memory stays flat however many rows there are.
 * Columns are documented in {@code docs/EXPORTS.md}; enum values are lowercase, dates ISO
 * 8601, lists of source slugs separated by spaces.
 * <p>
 * The tables with child rows (an agreement and its stages, a memorandum and its clauses)
 * are read parent by parent through a {@code LATERAL} subquery that sorts only that
 * parent's rows: sorting the whole table at once spilled half a million rows to disk, and
 * took longer than reading them. The outer query orders only the parents; PostgreSQL runs
 * a lateral subquery once for each outer row, in the outer order, and emits its rows as
 * the subquery sorted them. Ordering the whole result again on all its keys would sort
 * every row a second time (an incremental sort, 0.5 s more for exchanges.csv); the order
 * is checked by {@code DataSetTests}.
 */
@Repository
class DataSetCsv {

	/** Rows a cursor fetches at a time. */
	static final int FETCH_SIZE = 500;

	static final List<String> ROUND_COLUMNS = List.of("process", "round", "number", "status", "held_on", "city",
			"venue", "started_at", "ended_at", "duration_minutes", "duration_precision", "delegations", "hosts",
			"mediators", "observers", "summary", "outcome", "next_steps", "sources", "updated_at");

	static final List<String> EXCHANGE_COLUMNS = List.of("process", "round", "held_on", "exchange", "record",
			"exchange_kind", "all_for_all", "side_a", "side_a_agreed", "side_b", "side_b_agreed", "stage", "date",
			"date_precision", "announced_on", "side_a_received_per_a", "side_a_received_per_b", "side_b_received_per_a",
			"side_b_received_per_b", "side_a_withheld", "side_b_withheld", "criteria", "text", "sources",
			"side_a_agreed_precision", "side_b_agreed_precision");

	/** The columns of an exchange that a stage's row repeats from its agreement's. */
	static final List<String> AGREEMENT_COLUMNS_OF_STAGES = List.of("process", "round", "held_on", "exchange",
			"exchange_kind", "all_for_all", "side_a", "side_b");

	static final List<String> MEMORANDUM_COLUMNS = List.of("process", "memorandum", "record", "title", "author",
			"round", "delivered_on", "delivered_precision", "published_on", "clause", "topic", "text", "sources");

	private final JdbcClient jdbc;

	DataSetCsv(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
	}

	/**
	 * Each round's parties and sources are aggregated for all the selected rounds at
	 * once, which took the database half the time of an aggregate subquery per round. The
	 * rounds themselves are read by the selection again rather than looked up one by one.
	 */
	@Transactional(readOnly = true)
	public void rounds(SelectedRounds selection, Writer out) {
		write(out, ROUND_COLUMNS, new Records(ROUND_COLUMNS.size()),
				"""
						with selected as (select r.id from round r join process p on p.id = r.process_id where %s)
						select p.slug as process, r.slug as round, r.number, lower(r.status) as status, r.held_on, r.city, r.venue,
						    r.started_at, r.ended_at, r.duration_minutes, lower(r.duration_precision) as duration_precision,
						    d.delegations, t.hosts, t.mediators, t.observers, r.summary, r.outcome, r.next_steps, s.sources,
						    r.updated_at
						from round r join process p on p.id = r.process_id
						left join (select d.round_id, string_agg(x.slug, ' ' order by d.id) as delegations
						    from delegation d join party x on x.id = d.party_id where d.round_id in (select id from selected)
						    group by d.round_id) d on d.round_id = r.id
						left join (select t.round_id, %s as hosts, %s as mediators, %s as observers
						    from third_party t join party x on x.id = t.party_id where t.round_id in (select id from selected)
						    group by t.round_id) t on t.round_id = r.id
						left join (select cit.round_id, string_agg(src.slug, ' ' order by cit.position) as sources
						    from citation cit join source src on src.id = cit.source_id where cit.round_id in (select id from selected)
						    group by cit.round_id) s on s.round_id = r.id
						where %s
						order by r.held_on, r.id"""
					.formatted(selection.condition(), third("HOST"), third("MEDIATOR"), third("OBSERVER"),
							selection.condition()),
				selection.parameters());
	}

	/**
	 * Each agreement followed by its stages and then the totals the parties report (each
	 * in the received-per column it is the total of), round by round in the order they
	 * were held; within a round by the agreements' positions (and ids, should two share a
	 * position). A stage's or total's row repeats its agreement's round, exchange, kind
	 * and sides, which the query reads only for the agreement.
	 */
	@Transactional(readOnly = true)
	public void exchanges(SelectedRounds selection, Writer out) {
		write(out, EXCHANGE_COLUMNS, new CitedFacts(EXCHANGE_COLUMNS, "agreement", AGREEMENT_COLUMNS_OF_STAGES),
				"""
						select x.process, x.round, x.held_on, x.exchange, x.record, x.exchange_kind, x.all_for_all, x.side_a,
						    x.side_a_agreed, x.side_b, x.side_b_agreed, x.stage, x.date, x.date_precision, x.announced_on,
						    x.side_a_received_per_a, x.side_a_received_per_b, x.side_b_received_per_a, x.side_b_received_per_b,
						    x.side_a_withheld, x.side_b_withheld, x.criteria, x.text, x.source, x.side_a_agreed_precision,
						    x.side_b_agreed_precision, x.fact
						from (select r.id, p.slug as process, r.slug as round, r.held_on from round r join process p on p.id = r.process_id
						    where %s order by r.held_on, r.id) r
						cross join lateral (
						    select e.position as sort_exchange, e.id as sort_agreement, 0 as sort_stage, cit.position as sort_citation,
						        r.process, r.round, r.held_on, e.slug as exchange, 'agreement' as record,
						        lower(e.kind) as exchange_kind, e.all_for_all, a.slug as side_a, e.side_a_count as side_a_agreed,
						        b.slug as side_b, e.side_b_count as side_b_agreed,
						        null::integer as stage, null::date as date, null as date_precision, null::date as announced_on,
						        null::integer as side_a_received_per_a, null::integer as side_a_received_per_b,
						        null::integer as side_b_received_per_a, null::integer as side_b_received_per_b,
						        null::boolean as side_a_withheld, null::boolean as side_b_withheld, e.criteria,
						        e.description as text, src.slug as source,
						        case when e.side_a_count is not null then lower(e.side_a_count_precision) end as side_a_agreed_precision,
						        case when e.side_b_count is not null then lower(e.side_b_count_precision) end as side_b_agreed_precision,
						        e.id as fact
						    from exchange_agreement e join party a on a.id = e.side_a_party_id join party b on b.id = e.side_b_party_id
						        %s
						    where e.round_id = r.id
						    union all
						    select e.position, e.id, st.sequence, cit.position, null, null, null, null, 'stage', null, null, null,
						        null, null, null, st.sequence, st.occurred_on, lower(st.occurred_on_precision), st.announced_on,
						        st.side_a_received_per_a, st.side_a_received_per_b, st.side_b_received_per_a, st.side_b_received_per_b,
						        st.side_a_withheld, st.side_b_withheld, null, st.note, src.slug, null, null, st.id
						    from exchange_stage st join exchange_agreement e on e.id = st.agreement_id %s
						    where e.round_id = r.id
						    union all
						    select e.position, e.id, 2147483647, cit.position, null, null, null, null, 'reported_total', null, null,
						        null, null, null, null, null, t.reported_on, 'day', null,
						        case when t.received_by = 'SIDE_A' and t.reported_by = 'SIDE_A' then t.total end,
						        case when t.received_by = 'SIDE_A' and t.reported_by = 'SIDE_B' then t.total end,
						        case when t.received_by = 'SIDE_B' and t.reported_by = 'SIDE_A' then t.total end,
						        case when t.received_by = 'SIDE_B' and t.reported_by = 'SIDE_B' then t.total end,
						        null, null, null, null, src.slug, null, null, t.id
						    from exchange_reported_total t join exchange_agreement e on e.id = t.agreement_id %s
						    where e.round_id = r.id
						    order by sort_exchange, sort_agreement, sort_stage, sort_citation) x
						order by r.held_on, r.id"""
					.formatted(selection.condition(), cited("exchange_agreement_id", "e.id"),
							cited("exchange_stage_id", "st.id"), cited("exchange_reported_total_id", "t.id")),
				selection.parameters());
	}

	/**
	 * Each memorandum followed by its clauses, in the order the memoranda were entered.
	 * The memoranda are those delivered at the selected rounds; with {@code unattached},
	 * also those delivered at no round (never those of a draft round).
	 */
	@Transactional(readOnly = true)
	public void memoranda(SelectedRounds selection, boolean unattached, Writer out) {
		Map<String, Object> params = new HashMap<>(selection.parameters());
		params.put("unattached", unattached);
		write(out, MEMORANDUM_COLUMNS, new CitedFacts(MEMORANDUM_COLUMNS, "memorandum", List.of()),
				"""
						select m.process, m.memorandum, x.record, x.title, m.author, m.round, x.delivered_on,
						    x.delivered_precision, x.published_on, x.clause, x.topic, x.text, x.source, x.fact
						from (select m.id, p.slug as process, m.slug as memorandum, a.slug as author, r.slug as round
						    from memorandum m join process p on p.id = m.process_id join party a on a.id = m.author_party_id
						        left join round r on r.id = m.round_id
						    where m.round_id in (select r.id from round r join process p on p.id = r.process_id where %s)
						        or (:unattached and m.round_id is null)
						    order by m.id) m
						cross join lateral (
						    select 0 as sort_clause, cit.position as sort_citation, 'memorandum' as record, mm.title,
						        mm.delivered_on, lower(mm.delivered_on_precision) as delivered_precision, mm.published_on,
						        null::integer as clause, null as topic, mm.summary as text, src.slug as source, mm.id as fact
						    from memorandum mm %s
						    where mm.id = m.id
						    union all
						    select c.number, cit.position, 'clause', null, null, null, null, c.number, lower(c.topic), c.text,
						        src.slug, c.id
						    from clause c %s
						    where c.memorandum_id = m.id
						    order by sort_clause, sort_citation) x
						order by m.id"""
					.formatted(selection.condition(), cited("memorandum_id", "mm.id"), cited("clause_id", "c.id")),
				params);
	}

	private void write(Writer out, List<String> columns, Rows rows, String sql, Map<String, Object> params) {
		try {
			CsvWriter csv = new CsvWriter(out);
			csv.record(columns);
			this.jdbc.sql(sql).params(params).query((ResultSetExtractor<Long>) (result) -> {
				try {
					return TextRows.forEachRow(result, (row) -> rows.read(row, csv));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			rows.finish(csv);
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Joins each citation of a fact, and the source it cites, as {@code cit} and
	 * {@code src}.
	 */
	private static String cited(String column, String id) {
		return "left join (citation cit join source src on src.id = cit.source_id) on cit." + column + " = " + id;
	}

	/**
	 * The slugs of the third parties in a role, in a query grouping a round's
	 * {@code third_party t} and their {@code party x}.
	 */
	private static String third(String role) {
		return "string_agg(x.slug, ' ' order by t.id) filter (where t.role = '" + role + "')";
	}

	/** Turns rows, read as their fields' text, into CSV records. */
	private abstract static class Rows {

		final int columns;

		Rows(int columns) {
			this.columns = columns;
		}

		abstract void read(String[] row, CsvWriter csv) throws IOException;

		/** Writes what is left after the last row. */
		void finish(CsvWriter csv) throws IOException {
		}

		/** Writes the row's first fields, one per column of the table, as a record. */
		final void print(String[] row, CsvWriter csv) throws IOException {
			for (int column = 0; column < this.columns; column++) {
				csv.field(row[column]);
			}
			csv.endRecord();
		}

	}

	/** One record per row. */
	private static final class Records extends Rows {

		Records(int columns) {
			super(columns);
		}

		@Override
		void read(String[] row, CsvWriter csv) throws IOException {
			print(row, csv);
		}

	}

	/**
	 * One record per cited fact, read one row per source it cites (one row, with no
	 * source, if it cites none): joining the citations cost the database far less than an
	 * aggregate per fact. The rows of one fact come together, in the order of its
	 * citations; the query's last column is the id of the fact, the table's
	 * {@code sources} column the slug of the source, and its {@code record} column the
	 * kind of fact. A child row (a stage) leaves the columns it shares with its parent
	 * (its agreement, the fact before it) empty, and takes them from the parent. A fact's
	 * record is written when the next fact's first row is read.
	 */
	private static final class CitedFacts extends Rows {

		private final int record;

		private final int sources;

		private final String parentRecord;

		private final int[] shared;

		private final String[] parent;

		private String[] fact;

		CitedFacts(List<String> columns, String parentRecord, List<String> shared) {
			super(columns.size());
			this.record = columns.indexOf("record");
			this.sources = columns.indexOf("sources");
			this.parentRecord = parentRecord;
			this.shared = shared.stream().mapToInt(columns::indexOf).toArray();
			this.parent = new String[this.shared.length];
		}

		@Override
		void read(String[] row, CsvWriter csv) throws IOException {
			if (this.fact != null && row[this.columns].equals(this.fact[this.columns])
					&& row[this.record].equals(this.fact[this.record])) {
				this.fact[this.sources] += " " + row[this.sources];
				return;
			}
			finish(csv);
			boolean isParent = row[this.record].equals(this.parentRecord);
			for (int i = 0; i < this.shared.length; i++) {
				if (isParent) {
					this.parent[i] = row[this.shared[i]];
				}
				else {
					row[this.shared[i]] = this.parent[i];
				}
			}
			this.fact = row;
		}

		@Override
		void finish(CsvWriter csv) throws IOException {
			if (this.fact != null) {
				print(this.fact, csv);
			}
		}

	}

}
