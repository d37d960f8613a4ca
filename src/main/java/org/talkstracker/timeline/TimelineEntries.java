package org.talkstracker.timeline;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talkstracker.editing.Name;
import org.talkstracker.exchange.ExchangeKind;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.source.DatePrecision;

/**
 * One page of the timeline in one statement: each kind of entry asked for reads its next
 * entries in timeline order through an index on (date, id), stopping after a page; the
 * page is the first of those together. The same statement looks one entry beyond the
 * other end, to tell whether there is anything there. Readers see published rounds and
 * the facts attached to them, memoranda of no round or of a published one, and every
 * context event.
 */
@Repository
class TimelineEntries {

	/**
	 * The columns every kind gives, named alike and in this order: other kinds' columns
	 * are empty.
	 */
	private static final String ROUNDS = """
			select 0 as kind_rank, r.held_on as date, 'DAY' as precision, r.id, p.slug as process_slug,
			       %4$s, r.slug as round_slug, r.number as round_number, r.city, r.city_uk, r.city_ru,
			       r.city_original, r.status,
			       null as exchange_slug, null as exchange_kind, null::integer as sequence, null as slug, null as title,
			       null as title_uk, null as title_ru, null as title_original, %5$s
			from round r join process p on p.id = r.process_id
			where r.published and %1$s and %2$s
			order by r.held_on %3$s, r.id %3$s limit :limit""";

	private static final String STAGES = """
			select 1 as kind_rank, s.occurred_on as date, s.occurred_on_precision as precision, s.id,
			       p.slug as process_slug, %4$s, r.slug as round_slug, r.number as round_number,
			       %6$s, null as status, a.slug as exchange_slug, a.kind as exchange_kind, s.sequence,
			       null as slug, null as title,
			       null as title_uk, null as title_ru, null as title_original, %5$s
			from exchange_stage s join exchange_agreement a on a.id = s.agreement_id join round r on r.id = a.round_id
			join process p on p.id = r.process_id
			where r.published and %2$s
			order by s.occurred_on %3$s, s.id %3$s limit :limit""";

	/**
	 * A stage has no process of its own: one process's stages are read through its rounds
	 * and then ordered (a cost that grows with that process, not with the whole data),
	 * never by walking every process's stages in date order in search of the few of a
	 * small process. The materialised common table keeps the planner from choosing that
	 * walk.
	 */
	private static final String PROCESS_STAGES = """
			with process_stages as materialized (
			  select s.occurred_on, s.occurred_on_precision, s.id, p.slug as process_slug, %4$s,
			         r.slug as round_slug, r.number as round_number, a.slug as exchange_slug, a.kind as exchange_kind,
			         s.sequence
			  from round r join process p on p.id = r.process_id join exchange_agreement a on a.round_id = r.id
			  join exchange_stage s on s.agreement_id = a.id
			  where r.published and %1$s and %2$s
			)
			select 1 as kind_rank, occurred_on as date, occurred_on_precision as precision, id, process_slug,
			       process_name, process_name_uk, process_name_ru, process_name_original, round_slug, round_number,
			       %6$s, null as status, exchange_slug, exchange_kind, sequence, null as slug, null as title,
			       null as title_uk, null as title_ru, null as title_original, %5$s
			from process_stages s
			order by s.occurred_on %3$s, s.id %3$s limit :limit""";

	private static final String MEMORANDA = """
			select 2 as kind_rank, m.delivered_on as date, m.delivered_on_precision as precision, m.id,
			       p.slug as process_slug, %4$s, r.slug as round_slug, r.number as round_number,
			       %6$s, null as status, null as exchange_slug, null as exchange_kind, null::integer as sequence,
			       m.slug, m.title, m.title_uk, m.title_ru, m.title_original, author.name as author,
			       author.name_uk as author_uk, author.name_ru as author_ru, author.name_original as author_original
			from memorandum m join party author on author.id = m.author_party_id join process p on p.id = m.process_id
			left join round r on r.id = m.round_id
			where m.delivered_on is not null and (r.id is null or r.published) and %1$s and %2$s
			order by m.delivered_on %3$s, m.id %3$s limit :limit""";

	private static final String EVENTS = """
			select 3 as kind_rank, e.occurred_on as date, e.occurred_on_precision as precision, e.id,
			       p.slug as process_slug, %4$s, null as round_slug, null::integer as round_number,
			       %6$s, null as status, null as exchange_slug, null as exchange_kind, null::integer as sequence,
			       e.slug, e.title, null as title_uk, null as title_ru, null as title_original, %5$s
			from context_event e join process p on p.id = e.process_id
			where %1$s and %2$s
			order by e.occurred_on %3$s, e.id %3$s limit :limit""";

	/** The process's name in every language, as {@link Name#read} reads it. */
	private static final String PROCESS_NAME = "p.name as process_name, p.name_uk as process_name_uk, "
			+ "p.name_ru as process_name_ru, p.name_original as process_name_original";

	private static final String NO_AUTHOR = "null as author, null as author_uk, null as author_ru, null as author_original";

	private static final String NO_CITY = "null as city, null as city_uk, null as city_ru, null as city_original";

	/** Each entry's sources, by position; only for the entries of the page. */
	private static final String SOURCES = """
			case e.kind_rank
			  when 0 then array(select c.source_id from citation c where c.round_id = e.id order by c.position)
			  when 1 then array(select c.source_id from citation c where c.exchange_stage_id = e.id order by c.position)
			  when 2 then array(select c.source_id from citation c where c.memorandum_id = e.id order by c.position)
			  else array(select c.source_id from citation c where c.context_event_id = e.id order by c.position)
			end as source_ids""";

	private final JdbcClient jdbc;

	TimelineEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Up to {@code size} entries of the kinds asked for, of one process or all (null),
	 * after the position (forwards) or before it (backwards; still oldest first), from
	 * the start when it is null; and whether there are more entries beyond either end of
	 * the page.
	 */
	Page find(String process, Set<TimelineKind> kinds, TimelinePosition position, boolean forwards, int size) {
		StringBuilder sql = new StringBuilder("select * from ((")
			.append(entries(process, kinds, position, forwards, size + 1, false));
		if (position != null) {
			// One entry the other way, if there is any: the link there is shown only
			// then.
			sql.append(") union all (").append(entries(process, kinds, position, !forwards, 1, true));
		}
		sql.append(")) page");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString()).param("limit", size + 1);
		if (process != null) {
			statement = statement.param("process", process);
		}
		if (position != null) {
			statement = statement.param("date", position.date()).param("id", position.id());
		}
		List<Row> rows = statement.query(TimelineEntries::row).list();
		List<Row> page = new ArrayList<>(rows.stream().filter((row) -> !row.beyond()).toList());
		boolean more = page.size() > size;
		if (more) {
			page.remove(page.size() - 1);
		}
		boolean other = rows.stream().anyMatch(Row::beyond);
		if (!forwards) {
			Collections.reverse(page);
		}
		return new Page(page, forwards ? other : more, forwards ? more : other);
	}

	/** The next {@code limit} entries one way from the position, nearest first. */
	private static String entries(String process, Set<TimelineKind> kinds, TimelinePosition position, boolean forwards,
			int limit, boolean beyond) {
		String direction = forwards ? "asc" : "desc";
		List<String> parts = new ArrayList<>();
		for (TimelineKind kind : kinds.stream().sorted().toList()) {
			Branch branch = Branch.of(kind, process != null);
			String processCondition = (process != null)
					? branch.processColumn() + " = (select id from process where slug = :process)" : "true";
			parts.add("(" + branch.sql()
				.formatted(processCondition, beyondCondition(kind, branch.alias(), position, forwards), direction,
						PROCESS_NAME, NO_AUTHOR, NO_CITY)
					+ ")");
		}
		String order = "e.date %1$s, e.kind_rank %1$s, e.id %1$s".formatted(direction);
		return "select e.*, " + SOURCES + ", " + beyond + " as beyond from (" + String.join(" union all ", parts)
				+ ") e order by " + order + " limit " + limit;
	}

	/**
	 * Entries of this kind beyond the position, one way: on the position's day, kinds
	 * after its own come after it, kinds before it before it, and its own kind goes by
	 * id.
	 */
	private static String beyondCondition(TimelineKind kind, String alias, TimelinePosition position,
			boolean forwards) {
		if (position == null) {
			return "true";
		}
		String comparison = forwards ? ">" : "<";
		String date = alias + "." + ((kind == TimelineKind.ROUND) ? "held_on"
				: (kind == TimelineKind.MEMORANDUM) ? "delivered_on" : "occurred_on");
		int rank = kind.ordinal();
		if (rank == position.rank()) {
			return "(" + date + ", " + alias + ".id) " + comparison + " (:date, :id)";
		}
		boolean sameDayCounts = forwards ? rank > position.rank() : rank < position.rank();
		return date + " " + comparison + (sameDayCounts ? "=" : "") + " :date";
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		String status = rs.getString("status");
		String exchangeKind = rs.getString("exchange_kind");
		Array sources = rs.getArray("source_ids");
		return new Row(TimelineKind.values()[rs.getInt("kind_rank")], rs.getObject("date", LocalDate.class),
				DatePrecision.valueOf(rs.getString("precision")), rs.getLong("id"), rs.getString("process_slug"),
				Name.read(rs, "process_name"), rs.getString("round_slug"), (Integer) rs.getObject("round_number"),
				Name.read(rs, "city"), (status != null) ? RoundStatus.valueOf(status) : null,
				rs.getString("exchange_slug"), (exchangeKind != null) ? ExchangeKind.valueOf(exchangeKind) : null,
				(Integer) rs.getObject("sequence"), rs.getString("slug"), Name.read(rs, "title"),
				Name.read(rs, "author"), Arrays.asList((Long[]) sources.getArray()), rs.getBoolean("beyond"));
	}

	/** An entry as the statement gives it: the columns of its kind, the others null. */
	record Row(TimelineKind kind, LocalDate date, DatePrecision precision, long id, String processSlug,
			Name processName, String roundSlug, Integer roundNumber, Name city, RoundStatus status, String exchangeSlug,
			ExchangeKind exchangeKind, Integer sequence, String slug, Name title, Name author, List<Long> sourceIds,
			boolean beyond) {

		TimelinePosition position() {
			return TimelinePosition.of(this.date, this.kind, this.id);
		}

	}

	/** The statement reading one kind of entry, and the names its conditions use. */
	private record Branch(String sql, String alias, String processColumn) {

		static Branch of(TimelineKind kind, boolean oneProcess) {
			return switch (kind) {
				case ROUND -> new Branch(ROUNDS, "r", "r.process_id");
				case STAGE -> new Branch(oneProcess ? PROCESS_STAGES : STAGES, "s", "r.process_id");
				case MEMORANDUM -> new Branch(MEMORANDA, "m", "m.process_id");
				case EVENT -> new Branch(EVENTS, "e", "e.process_id");
			};
		}

	}

	/**
	 * Entries oldest first, and whether there are any before the first and after the
	 * last.
	 */
	record Page(List<Row> entries, boolean earlier, boolean later) {
	}

}
