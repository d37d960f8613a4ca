package org.talkstracker.api;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talkstracker.api.ApiResources.ExchangeResource;
import org.talkstracker.api.ApiResources.MemorandumResource;
import org.talkstracker.api.ApiResources.PartyResource;
import org.talkstracker.api.ApiResources.PersonResource;
import org.talkstracker.api.ApiResources.ProcessResource;
import org.talkstracker.api.ApiResources.ReportedTotalResource;
import org.talkstracker.api.ApiResources.SideResource;
import org.talkstracker.exchange.CountPrecision;
import org.talkstracker.exchange.ExchangeKind;
import org.talkstracker.editing.Name;
import org.talkstracker.exchange.ExchangeSide;
import org.talkstracker.exchange.ReportedTotalView;
import org.talkstracker.process.PartyKind;
import org.talkstracker.source.DatePrecision;

/**
 * The API's lists, each in one or two statements (rows and count), published data only.
 */
@Repository
class ApiQueries {

	private final JdbcClient jdbc;

	ApiQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Processes with at least one published round, and their parties. */
	List<ProcessResource> processes() {
		return this.jdbc
			.sql("""
					select p.slug, p.name, p.description,
					    array(select x.slug || '|' || x.kind || '|' || x.name from process_party pp join party x on x.id = pp.party_id
					          where pp.process_id = p.id order by x.name) as parties
					from process p where exists (select 1 from round r where r.process_id = p.id and r.published)
					order by p.name""")
			.query((row, number) -> new ProcessResource(row.getString("slug"), row.getString("name"),
					row.getString("description"), strings(row.getArray("parties")).stream().map((party) -> {
						String[] parts = party.split("\\|", 3);
						return new PartyResource(parts[0], parts[2], PartyKind.valueOf(parts[1]));
					}).toList()))
			.list();
	}

	Page<ExchangeResource> exchanges(Pageable pageable) {
		List<ExchangeResource> rows = this.jdbc.sql("""
				select e.slug, r.slug as round, r.held_on, e.kind, e.all_for_all, a.slug as side_a, e.side_a_count,
				    e.side_a_count_precision, b.slug as side_b, e.side_b_count, e.side_b_count_precision, e.criteria,
				    e.description, (select count(*) from exchange_stage s where s.agreement_id = e.id) as stages,
				    (select count(counted_figure(s.side_a_received_per_a, s.side_a_received_per_b))
				        from exchange_stage s where s.agreement_id = e.id) as side_a_counted_stages,
				    (select count(counted_figure(s.side_b_received_per_a, s.side_b_received_per_b))
				        from exchange_stage s where s.agreement_id = e.id) as side_b_counted_stages,
				    array(select t.received_by || '|' || t.reported_by || '|' || t.total || '|' || t.reported_on
				          from exchange_reported_total t where t.agreement_id = e.id
				          order by t.received_by, t.reported_by) as reported_totals,
				    (select coalesce(sum(counted_figure(s.side_a_received_per_a, s.side_a_received_per_b)), 0)
				        from exchange_stage s where s.agreement_id = e.id) as side_a_received,
				    (select coalesce(sum(counted_figure(s.side_b_received_per_a, s.side_b_received_per_b)), 0)
				        from exchange_stage s where s.agreement_id = e.id) as side_b_received
				from exchange_agreement e join round r on r.id = e.round_id
				    join party a on a.id = e.side_a_party_id join party b on b.id = e.side_b_party_id
				where r.published
				order by r.held_on desc, r.id desc, e.position
				limit :limit offset :offset""")
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((row, number) -> new ExchangeResource(row.getString("slug"), row.getString("round"),
					row.getObject("held_on", LocalDate.class), ExchangeKind.valueOf(row.getString("kind")),
					row.getBoolean("all_for_all"),
					new SideResource(row.getString("side_a"), integer(row, "side_a_count"),
							CountPrecision.valueOf(row.getString("side_a_count_precision")),
							row.getLong("side_a_received")),
					new SideResource(row.getString("side_b"), integer(row, "side_b_count"),
							CountPrecision.valueOf(row.getString("side_b_count_precision")),
							row.getLong("side_b_received")),
					row.getString("criteria"), row.getString("description"), row.getInt("stages"), reportedTotals(row)))
			.list();
		return new PageImpl<>(rows, pageable,
				count("select count(*) from exchange_agreement e join round r on r.id = e.round_id where r.published"));
	}

	/**
	 * The totals the parties report for the agreement in the row, named by the parties'
	 * slugs and compared with the stages as the pages compare them.
	 */
	private static List<ReportedTotalResource> reportedTotals(ResultSet row) throws SQLException {
		// The API names the parties by slug, in the place of their names.
		Name sideA = Name.of(row.getString("side_a"), null, null, null);
		Name sideB = Name.of(row.getString("side_b"), null, null, null);
		List<ReportedTotalView> reports = strings(row.getArray("reported_totals")).stream().map((total) -> {
			String[] parts = total.split("\\|", 4);
			ExchangeSide receivedBy = ExchangeSide.valueOf(parts[0]);
			ExchangeSide reportedBy = ExchangeSide.valueOf(parts[1]);
			return new ReportedTotalView(receivedBy, reportedBy, (receivedBy == ExchangeSide.SIDE_A) ? sideA : sideB,
					(reportedBy == ExchangeSide.SIDE_A) ? sideA : sideB, Integer.parseInt(parts[2]),
					LocalDate.parse(parts[3]), List.of(), false);
		}).toList();
		Long sideAStages = (row.getLong("side_a_counted_stages") > 0) ? row.getLong("side_a_received") : null;
		Long sideBStages = (row.getLong("side_b_counted_stages") > 0) ? row.getLong("side_b_received") : null;
		return ReportedTotalView.compared(reports, sideAStages, sideBStages)
			.stream()
			.map((total) -> new ReportedTotalResource(total.receiver().en(), total.reporter().en(), total.total(),
					total.reportedOn(), total.differs()))
			.toList();
	}

	/** Memoranda of no round or of a published round. */
	Page<MemorandumResource> memoranda(Pageable pageable) {
		List<MemorandumResource> rows = this.jdbc.sql("""
				select m.slug, m.title, a.slug as author, r.slug as round, m.delivered_on, m.delivered_on_precision,
				    m.published_on, m.summary, (select count(*) from clause c where c.memorandum_id = m.id) as clauses
				from memorandum m join party a on a.id = m.author_party_id left join round r on r.id = m.round_id
				where r.id is null or r.published
				order by m.delivered_on desc nulls last, m.id desc
				limit :limit offset :offset""")
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((row, number) -> new MemorandumResource(row.getString("slug"), row.getString("title"),
					row.getString("author"), row.getString("round"), row.getObject("delivered_on", LocalDate.class),
					(row.getString("delivered_on_precision") != null)
							? DatePrecision.valueOf(row.getString("delivered_on_precision")) : null,
					row.getObject("published_on", LocalDate.class), row.getString("summary"), row.getInt("clauses")))
			.list();
		return new PageImpl<>(rows, pageable,
				count("""
						select count(*) from memorandum m left join round r on r.id = m.round_id where r.id is null or r.published"""));
	}

	/**
	 * People who appear in published data: in a delegation of a published round, or as
	 * the speaker of a shown statement.
	 */
	Page<PersonResource> people(Pageable pageable) {
		String visible = """
				exists (select 1 from delegation_member m join delegation d on d.id = m.delegation_id
				        join round r on r.id = d.round_id where m.person_id = pe.id and r.published)
				or exists (select 1 from statement s left join round r on r.id = s.round_id
				        where s.speaker_id = pe.id and (r.id is null or r.published))""";
		List<PersonResource> rows = this.jdbc
			.sql("""
					select pe.slug, pe.name, array(select a.alias from person_alias a where a.person_id = pe.id order by a.alias) as aliases
					from person pe where %s
					order by pe.name, pe.id
					limit :limit offset :offset"""
				.formatted(visible))
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((row, number) -> new PersonResource(row.getString("slug"), row.getString("name"),
					strings(row.getArray("aliases"))))
			.list();
		return new PageImpl<>(rows, pageable, count("select count(*) from person pe where " + visible));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static Integer integer(ResultSet row, String column) throws SQLException {
		int value = row.getInt(column);
		return row.wasNull() ? null : value;
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	/**
	 * Releases and withdrawals after the cursor, oldest first, at most {@code limit};
	 * each with the site's address {@code base} in its links.
	 */
	List<Change> changes(ChangeCursor after, int limit, String base) {
		return this.jdbc.sql("""
				select * from (
				    select 'release' as type, x.id, x.released_at as at, x.round_slug as round, x.number as release,
				        x.kind, x.note, x.editor, x.sha256, null as reason
				    from round_release x
				    union all
				    select 'withdrawal', w.id, w.withdrawn_at, w.round_slug, null, null, null, null, null, w.reason
				    from round_withdrawal w
				    union all
				    select 'memorandum-release', x.id, x.released_at, x.memorandum_slug, x.number, x.kind, x.note,
				        x.editor, x.sha256, null
				    from memorandum_release x
				) c
				where (c.at, c.type, c.id) > (:at, :type, :id)
				order by c.at, c.type, c.id
				limit :limit""")
			.param("at", OffsetDateTime.ofInstant(after.at(), ZoneOffset.UTC))
			.param("type", after.type())
			.param("id", after.id())
			.param("limit", limit)
			.query((row, number) -> {
				String type = row.getString("type");
				boolean memorandum = Change.MEMORANDUM_RELEASE.equals(type);
				boolean release = memorandum || Change.RELEASE.equals(type);
				String subject = base + (memorandum ? "/memoranda/" : "/rounds/") + row.getString("round");
				String url = release ? subject + "/releases/" + row.getInt("release") : subject;
				return new Change(type, row.getTimestamp("at").toInstant(), memorandum ? null : row.getString("round"),
						memorandum ? row.getString("round") : null, release ? row.getInt("release") : null,
						row.getString("kind"), row.getString("note"), row.getString("editor"), row.getString("sha256"),
						row.getString("reason"), url,
						release ? url + (memorandum ? "/data.json" : "/summary.json") : null, row.getLong("id"));
			})
			.list();
	}

}
