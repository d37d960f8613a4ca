package org.talkstracker.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
 */
@Repository
class DataSetCsv {

	static final int FETCH_SIZE = 500;

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

	@Transactional(readOnly = true)
	public void exchanges(RoundCondition selection, Writer out) {
		write(out, EXCHANGE_COLUMNS, """
				select p.slug as process, r.slug as round, r.held_on, e.slug as exchange, 'agreement' as record,
				    lower(e.kind) as exchange_kind, e.all_for_all, a.slug as side_a, e.side_a_count as side_a_agreed,
				    b.slug as side_b, e.side_b_count as side_b_agreed, null as stage, null as date, null as date_precision,
				    null as announced_on, null as side_a_received_per_a, null as side_a_received_per_b,
				    null as side_b_received_per_a, null as side_b_received_per_b, null as side_a_withheld,
				    null as side_b_withheld, e.criteria, e.description as text, %s as sources,
				    r.held_on as sort_date, r.id as sort_round, e.position as sort_exchange, 0 as sort_stage
				from exchange_agreement e join round r on r.id = e.round_id join process p on p.id = r.process_id
				    join party a on a.id = e.side_a_party_id join party b on b.id = e.side_b_party_id
				where %s
				union all
				select p.slug, r.slug, r.held_on, e.slug, 'stage', lower(e.kind), e.all_for_all, a.slug, null, b.slug, null,
				    st.sequence, st.occurred_on, lower(st.occurred_on_precision), st.announced_on,
				    st.side_a_received_per_a, st.side_a_received_per_b, st.side_b_received_per_a, st.side_b_received_per_b,
				    st.side_a_withheld, st.side_b_withheld, null, st.note, %s,
				    r.held_on, r.id, e.position, st.sequence
				from exchange_stage st join exchange_agreement e on e.id = st.agreement_id join round r on r.id = e.round_id
				    join process p on p.id = r.process_id
				    join party a on a.id = e.side_a_party_id join party b on b.id = e.side_b_party_id
				where %s
				order by sort_date, sort_round, sort_exchange, sort_stage""".formatted(
				sources("exchange_agreement_id", "e.id"), selection.sql(), sources("exchange_stage_id", "st.id"),
				selection.sql()), selection.parameters());
	}

	/**
	 * Memoranda delivered at the selected rounds; with {@code unattached}, also those delivered at no
	 * round (never those of a draft round).
	 */
	@Transactional(readOnly = true)
	public void memoranda(RoundCondition selection, boolean unattached, Writer out) {
		String memoranda = """
				(m.round_id in (select r.id from round r join process p on p.id = r.process_id where %s)
				 or (:unattached and m.round_id is null))""".formatted(selection.sql());
		Map<String, Object> params = new HashMap<>(selection.parameters());
		params.put("unattached", unattached);
		write(out, MEMORANDUM_COLUMNS, """
				select p.slug as process, m.slug as memorandum, 'memorandum' as record, m.title, a.slug as author,
				    r.slug as round, m.delivered_on, lower(m.delivered_on_precision) as delivered_precision, m.published_on,
				    null as clause, null as topic, m.summary as text, %s as sources, m.id as sort_memorandum, 0 as sort_clause
				from memorandum m join process p on p.id = m.process_id join party a on a.id = m.author_party_id
				    left join round r on r.id = m.round_id
				where %s
				union all
				select p.slug, m.slug, 'clause', null, a.slug, r.slug, null, null, null, c.number, lower(c.topic), c.text, %s,
				    m.id, c.number
				from clause c join memorandum m on m.id = c.memorandum_id join process p on p.id = m.process_id
				    join party a on a.id = m.author_party_id left join round r on r.id = m.round_id
				where %s
				order by sort_memorandum, sort_clause""".formatted(sources("memorandum_id", "m.id"), memoranda,
				sources("clause_id", "c.id"), memoranda), params);
	}

	private void write(Writer out, List<String> columns, String sql, Map<String, Object> params) {
		try {
			CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
			RowCallbackHandler row = (rs) -> print(csv, columns, rs);
			this.jdbc.sql(sql).params(params).query(row);
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void print(CSVPrinter csv, List<String> columns, ResultSet row) throws SQLException {
		Object[] values = new Object[columns.size()];
		for (int i = 0; i < values.length; i++) {
			Object value = row.getObject(columns.get(i));
			values[i] = (value instanceof Timestamp timestamp) ? timestamp.toInstant()
					: (value instanceof Boolean flag) ? flag.toString().toLowerCase(Locale.ROOT) : value;
		}
		try {
			csv.printRecord(values);
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

}
