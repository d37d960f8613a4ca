package org.talkstracker.exchange;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talkstracker.editing.Name;
import org.talkstracker.source.DatePrecision;

/**
 * Reads the exchange tallies the database keeps up to date as stages, agreements and
 * rounds change (V10__reader_pages_at_scale.sql): one row per receiving party and kind
 * for the totals, and for the chart at most {@value #MOST_LINES} lines' rows per day (a
 * year at most) or per month, so the totals and the chart cost the same with six stages
 * as with half a million. Only exchanges agreed at published rounds count; where the
 * sides' reports differ, the lower figure.
 */
@Repository
class ExchangeTallies {

	/**
	 * Handovers spanning more days than this are charted by month: the chart and its
	 * table would otherwise have a point and a row for each of thousands of days.
	 */
	static final int MOST_DAYS_CHARTED_BY_DAY = 366;

	/**
	 * The chart draws at most this many lines (a receiving party and group each), those
	 * that received the most: more could not be told apart. The totals by side list every
	 * one.
	 */
	static final int MOST_LINES = 6;

	private final JdbcClient jdbc;

	ExchangeTallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per receiving party and kind: what it was to receive and what it received. */
	List<SideTally> sides() {
		return this.jdbc
			.sql("""
					select p.slug, p.name, p.name_uk, p.name_ru, p.name_original, t.kind, t.agreed, t.unreported, t.incomplete, t.agreements, t.received, t.stages
					from exchange_side_total t join party p on p.id = t.party_id
					where t.agreements > 0
					order by p.name, p.slug, t.kind""")
			.query((row, number) -> new SideTally(row.getString("slug"), Name.read(row, "name"),
					ExchangeKind.valueOf(row.getString("kind")), row.getLong("agreed"), row.getLong("unreported"),
					row.getLong("incomplete"), row.getLong("agreements"), row.getLong("received"),
					row.getLong("stages")))
			.list();
	}

	/**
	 * What the {@value #MOST_LINES} parties and groups that received the most received on
	 * each day of handover, with the precision the day is known to; or per month
	 * (precision MONTH) when the handovers span more than
	 * {@value #MOST_DAYS_CHARTED_BY_DAY} days.
	 */
	Handovers handovers() {
		List<Handover> rows = this.jdbc
			.sql("""
					with span as (
					  select max(occurred_on) - min(occurred_on) <= :days as daily from exchange_received_day where stages > 0
					),
					charted as (
					  select party_id, case when kind = 'BODIES' then 'BODIES' else 'PEOPLE' end as handover_group
					  from exchange_side_total where stages > 0
					  group by 1, 2 order by sum(received) desc, 1, 2 limit :lines
					)
					select p.slug, p.name, p.name_uk, p.name_ru, p.name_original, d.handover_group, d.occurred_on as date, d.precision, d.received, false as by_month
					from exchange_received_day d join party p on p.id = d.party_id
					where d.stages > 0 and (select daily from span)
					  and (d.party_id, d.handover_group) in (select party_id, handover_group from charted)
					union all
					select p.slug, p.name, p.name_uk, p.name_ru, p.name_original, m.handover_group, m.month, 'MONTH', m.received, true
					from exchange_received_month m join party p on p.id = m.party_id
					where m.stages > 0 and not (select daily from span)
					  and (m.party_id, m.handover_group) in (select party_id, handover_group from charted)""")
			.param("days", MOST_DAYS_CHARTED_BY_DAY)
			.param("lines", MOST_LINES)
			.query((row, number) -> new Handover(row.getString("slug"), Name.read(row, "name"),
					HandoverGroup.valueOf(row.getString("handover_group")), row.getObject("date", LocalDate.class),
					DatePrecision.valueOf(row.getString("precision")), row.getLong("received"),
					row.getBoolean("by_month")))
			.list();
		return new Handovers(rows, !rows.isEmpty() && rows.get(0).byMonth());
	}

	/**
	 * One receiving party's tally of one kind. Every agreement counts once on each of its
	 * two sides' rows; {@code incomplete} counts an agreement missing either count once,
	 * on its side A's row; {@code stages} the stages of its agreements.
	 */
	record SideTally(String partySlug, Name partyName, ExchangeKind kind, long agreed, long unreported, long incomplete,
			long agreements, long received, long stages) {
	}

	/** What one party received of one group on one day (or month). */
	record Handover(String partySlug, Name partyName, HandoverGroup group, LocalDate date, DatePrecision precision,
			long received, boolean byMonth) {
	}

	/** The charted parties' handovers, by day or (when {@code byMonth}) by month. */
	record Handovers(List<Handover> handovers, boolean byMonth) {
	}

}
