package org.talkstracker.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.search.RoundCondition;

/**
 * The published data set as three CSV tables (rounds, exchanges, memoranda), each written row by
 * row from a database cursor, so memory stays flat however many rows there are. Columns are
 * documented in {@code docs/EXPORTS.md}; enum values are lowercase, dates ISO 8601, lists of
 * source slugs separated by spaces.
 * <p>
 * The tables with child rows (an agreement and its stages, a memorandum and its clauses) are read
 * parent by parent through a {@code LATERAL} subquery that sorts only that parent's rows: sorting
 * the whole table at once spilled half a million rows to disk, and took longer than reading them.
 */
@Repository
class DataSetCsv {

	/** Rows a cursor fetches at a time: some 200 kB of CSV, few enough to keep memory flat. */
	static final int FETCH_SIZE = 1000;

	static final List<String> ROUND_COLUMNS = List.of("process", "round", "number", "status", "held_on", "city", "venue",
			"started_at", "ended_at", "duration_minutes", "duration_precision", "delegations", "hosts", "mediators",
			"observers", "summary", "outcome", "next_steps", "sources", "updated_at");

	static final List<String> EXCHANGE_COLUMNS = List.of("process", "round", "held_on", "exchange", "record",
			"exchange_kind", "all_for_all", "side_a", "side_a_agreed", "side_b", "side_b_agreed", "stage", "date",
			"date_precision", "announced_on", "side_a_received_per_a", "side_a_received_per_b",
			"side_b_received_per_a", "side_b_received_per_b", "side_a_withheld", "side_b_withheld", "criteria", "text",
			"sources");

	static final List<String> MEMORANDUM_COLUMNS = List.of("process", "memorandum", "record", "title", "author",
			"round", "delivered_on", "delivered_precision", "published_on", "clause", "topic", "text", "sources");

	private final JdbcClient jdbc;

	DataSetCsv(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
	}

	@Transactional(readOnly = true)
	public void rounds(RoundCondition selection, Writer out) {
		write(out, ROUND_COLUMNS, """
				select p.slug as process, r.slug as round, r.number, lower(r.status) as status, r.held_on, r.city, r.venue,
				    r.started_at, r.ended_at, r.duration_minutes, lower(r.duration_precision) as duration_precision,
				    (select string_agg(x.slug, ' ' order by d.id) from delegation d join party x on x.id = d.party_id
				        where d.round_id = r.id) as delegations,
				    %s as hosts, %s as mediators, %s as observers,
				    r.summary, r.outcome, r.next_steps, %s as sources, r.updated_at
				from round r join process p on p.id = r.process_id
				where %s
				order by r.held_on, r.id""".formatted(third("HOST"), third("MEDIATOR"), third("OBSERVER"),
				sources("round_id", "r.id"), selection.sql()), selection.parameters());
	}

	/**
	 * Each agreement followed by its stages, round by round in the order they were held; within a
	 * round by the agreements' positions (and ids, should two share a position).
	 */
	@Transactional(readOnly = true)
	public void exchanges(RoundCondition selection, Writer out) {
		write(out, EXCHANGE_COLUMNS, """
				select r.process, r.round, r.held_on, x.exchange, x.record, x.exchange_kind, x.all_for_all, x.side_a,
				    x.side_a_agreed, x.side_b, x.side_b_agreed, x.stage, x.date, x.date_precision, x.announced_on,
				    x.side_a_received_per_a, x.side_a_received_per_b, x.side_b_received_per_a, x.side_b_received_per_b,
				    x.side_a_withheld, x.side_b_withheld, x.criteria, x.text, x.sources
				from (select r.id, p.slug as process, r.slug as round, r.held_on from round r join process p on p.id = r.process_id
				    where %s order by r.held_on, r.id) r
				cross join lateral (
				    select e.slug as exchange, 'agreement' as record, lower(e.kind) as exchange_kind, e.all_for_all,
				        a.slug as side_a, e.side_a_count as side_a_agreed, b.slug as side_b, e.side_b_count as side_b_agreed,
				        null::integer as stage, null::date as date, null as date_precision, null::date as announced_on,
				        null::integer as side_a_received_per_a, null::integer as side_a_received_per_b,
				        null::integer as side_b_received_per_a, null::integer as side_b_received_per_b,
				        null::boolean as side_a_withheld, null::boolean as side_b_withheld, e.criteria,
				        e.description as text, %s as sources, e.position as sort_exchange, e.id as sort_agreement,
				        0 as sort_stage
				    from exchange_agreement e join party a on a.id = e.side_a_party_id join party b on b.id = e.side_b_party_id
				    where e.round_id = r.id
				    union all
				    select e.slug, 'stage', lower(e.kind), e.all_for_all, a.slug, null, b.slug, null, st.sequence,
				        st.occurred_on, lower(st.occurred_on_precision), st.announced_on, st.side_a_received_per_a,
				        st.side_a_received_per_b, st.side_b_received_per_a, st.side_b_received_per_b, st.side_a_withheld,
				        st.side_b_withheld, null, st.note, %s, e.position, e.id, st.sequence
				    from exchange_stage st join exchange_agreement e on e.id = st.agreement_id
				        join party a on a.id = e.side_a_party_id join party b on b.id = e.side_b_party_id
				    where e.round_id = r.id
				    order by sort_exchange, sort_agreement, sort_stage) x
				order by r.held_on, r.id""".formatted(selection.sql(), sources("exchange_agreement_id", "e.id"),
				sources("exchange_stage_id", "st.id")), selection.parameters());
	}

	/**
	 * Each memorandum followed by its clauses, in the order the memoranda were entered. The
	 * memoranda are those delivered at the selected rounds; with {@code unattached}, also those
	 * delivered at no round (never those of a draft round).
	 */
	@Transactional(readOnly = true)
	public void memoranda(RoundCondition selection, boolean unattached, Writer out) {
		Map<String, Object> params = new HashMap<>(selection.parameters());
		params.put("unattached", unattached);
		write(out, MEMORANDUM_COLUMNS, """
				select m.process, m.memorandum, x.record, x.title, m.author, m.round, x.delivered_on,
				    x.delivered_precision, x.published_on, x.clause, x.topic, x.text, x.sources
				from (select m.id, p.slug as process, m.slug as memorandum, m.title, a.slug as author, r.slug as round,
				        m.delivered_on, m.delivered_on_precision, m.published_on, m.summary
				    from memorandum m join process p on p.id = m.process_id join party a on a.id = m.author_party_id
				        left join round r on r.id = m.round_id
				    where m.round_id in (select r.id from round r join process p on p.id = r.process_id where %s)
				        or (:unattached and m.round_id is null)
				    order by m.id) m
				cross join lateral (
				    select 'memorandum' as record, m.title, m.delivered_on,
				        lower(m.delivered_on_precision) as delivered_precision, m.published_on, null::integer as clause,
				        null as topic, m.summary as text, %s as sources, 0 as sort_clause
				    union all
				    select 'clause', null, null, null, null, c.number, lower(c.topic), c.text, %s, c.number
				    from clause c where c.memorandum_id = m.id
				    order by sort_clause) x
				order by m.id""".formatted(selection.sql(), sources("memorandum_id", "m.id"),
				sources("clause_id", "c.id")), params);
	}

	private void write(Writer out, List<String> columns, String sql, Map<String, Object> params) {
		// Just-in-time compilation pays off for long scans of few rows; these queries read many
		// short rows by index, and compiling them took longer than running them (0.6 of 0.7 s for
		// the rounds of the full data set).
		this.jdbc.sql("set local jit = off").update();
		try {
			CsvWriter csv = new CsvWriter(out);
			csv.record(columns);
			this.jdbc.sql(sql).params(params).query(new CsvRows(csv, columns.size()));
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sources(String column, String id) {
		return "(select string_agg(src.slug, ' ' order by cit.position) from citation cit join source src"
				+ " on src.id = cit.source_id where cit." + column + " = " + id + ")";
	}

	private static String third(String role) {
		return "(select string_agg(x.slug, ' ' order by t.id) from third_party t join party x on x.id = t.party_id"
				+ " where t.round_id = r.id and t.role = '" + role + "')";
	}

	/**
	 * Prints the first columns of each row as one CSV record, reading them by position: text as
	 * it is, times as UTC instants ({@code 2025-06-02T10:00:00Z}), booleans as {@code true} or
	 * {@code false}.
	 */
	private static final class CsvRows implements RowCallbackHandler {

		private final CsvWriter csv;

		private final int columns;

		private int[] types;

		CsvRows(CsvWriter csv, int columns) {
			this.csv = csv;
			this.columns = columns;
		}

		@Override
		public void processRow(ResultSet row) throws SQLException {
			if (this.types == null) {
				this.types = types(row.getMetaData());
			}
			try {
				for (int column = 1; column <= this.columns; column++) {
					this.csv.field(text(row, column, this.types[column - 1]));
				}
				this.csv.endRecord();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private int[] types(ResultSetMetaData metaData) throws SQLException {
			int[] types = new int[this.columns];
			for (int column = 1; column <= this.columns; column++) {
				types[column - 1] = metaData.getColumnType(column);
			}
			return types;
		}

		private static String text(ResultSet row, int column, int type) throws SQLException {
			return switch (type) {
				case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
					Timestamp time = row.getTimestamp(column);
					yield (time != null) ? time.toInstant().toString() : null;
				}
				case Types.BOOLEAN, Types.BIT -> {
					boolean flag = row.getBoolean(column);
					yield row.wasNull() ? null : Boolean.toString(flag);
				}
				default -> row.getString(column);
			};
		}

	}

}
