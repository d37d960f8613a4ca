package org.talkstracker.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talkstracker.editing.Name;
import org.talkstracker.editing.NamedRef;
import org.talkstracker.text.TextLanguage;

/**
 * A round and its own facts as plain records, for the round's page and its exports: each
 * kind in one statement, read as rows rather than through entities (the entities' reading
 * took most of a rendered page's time, docs/PERFORMANCE.md).
 */
@Repository
public class RoundRecords {

	private static final String ROUND = """
			select r.id, r.process_id, r.slug, r.number, p.name as process_name, p.name_uk as process_name_uk,
			       p.name_ru as process_name_ru, p.name_original as process_name_original, p.slug as process_slug,
			       r.status, r.held_on, r.city, r.city_uk, r.city_ru, r.city_original, r.venue, r.venue_uk, r.venue_ru,
			       r.venue_original, r.time_zone, r.scheduled_start, r.started_at, r.ended_at, r.duration_minutes,
			       r.duration_precision, r.summary, r.summary_language, r.outcome, r.outcome_language, r.next_steps,
			       r.next_steps_language, r.updated_at
			from round r join process p on p.id = r.process_id
			where r.slug = :slug""";

	private final JdbcClient jdbc;

	RoundRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The published round with the slug, if any. */
	public Optional<RoundRecord> published(String slug) {
		return this.jdbc.sql(ROUND + " and r.published").param("slug", slug).query(RoundRecords::round).optional();
	}

	/** The round with the slug whether published or not, for editors' previews. */
	public Optional<RoundRecord> any(String slug) {
		return this.jdbc.sql(ROUND).param("slug", slug).query(RoundRecords::round).optional();
	}

	/**
	 * The published rounds of the process numbered just before and after the given one.
	 */
	public List<RoundListing> neighbours(long process, int number) {
		return this.jdbc.sql("""
				select r.slug, r.number, p.name as process_name, p.name_uk as process_name_uk,
				       p.name_ru as process_name_ru, p.name_original as process_name_original, p.slug as process_slug,
				       r.held_on, r.city, r.city_uk, r.city_ru, r.city_original, r.venue, r.venue_uk, r.venue_ru,
				       r.venue_original, r.status
				from round r join process p on p.id = r.process_id
				where r.published and r.process_id = :process and r.number in (:previous, :next)
				order by r.number""")
			.param("process", process)
			.param("previous", number - 1)
			.param("next", number + 1)
			.query((row, index) -> RoundListing.of(row))
			.list();
	}

	/**
	 * The round's delegations in the order they were added, each with its members in the
	 * order they were reported.
	 */
	public List<DelegationRecord> delegations(long round) {
		Map<Long, DelegationRecord> delegations = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select d.id, p.slug as party_slug, p.name as party, p.name_uk as party_uk, p.name_ru as party_ru,
					       p.name_original as party_original, m.id as member_id, m.title, m.role, x.slug as person_slug,
					       x.name as person, x.name_uk as person_uk, x.name_ru as person_ru, x.name_original as person_original
					from delegation d join party p on p.id = d.party_id
					left join delegation_member m on m.delegation_id = d.id left join person x on x.id = m.person_id
					where d.round_id = :round
					order by d.id, m.position""")
			.param("round", round)
			.query((ResultSet row) -> {
				DelegationRecord delegation = delegations.get(row.getLong("id"));
				if (delegation == null) {
					delegation = new DelegationRecord(row.getLong("id"), NamedRef.read(row, "party"),
							new ArrayList<>());
					delegations.put(delegation.id(), delegation);
				}
				long member = row.getLong("member_id");
				if (!row.wasNull()) {
					delegation.members()
						.add(new MemberRecord(member, NamedRef.read(row, "person"), row.getString("title"),
								MemberRole.valueOf(row.getString("role"))));
				}
			});
		return delegations.values()
			.stream()
			.map((delegation) -> new DelegationRecord(delegation.id(), delegation.party(),
					List.copyOf(delegation.members())))
			.toList();
	}

	/** The round's third parties: by role, then in the order they were added. */
	public List<ThirdPartyRecord> thirdParties(long round) {
		return this.jdbc.sql("""
				select t.id, t.role, t.note, p.slug as party_slug, p.name as party, p.name_uk as party_uk,
				       p.name_ru as party_ru, p.name_original as party_original
				from third_party t join party p on p.id = t.party_id
				where t.round_id = :round
				order by t.role, t.id""")
			.param("round", round)
			.query((row, index) -> new ThirdPartyRecord(row.getLong("id"), NamedRef.read(row, "party"),
					ThirdPartyRole.valueOf(row.getString("role")), row.getString("note")))
			.list();
	}

	private static RoundRecord round(ResultSet row, int index) throws SQLException {
		String precision = row.getString("duration_precision");
		return new RoundRecord(row.getLong("id"), row.getLong("process_id"), row.getString("slug"),
				row.getInt("number"), Name.read(row, "process_name"), row.getString("process_slug"),
				RoundStatus.valueOf(row.getString("status")), row.getObject("held_on", LocalDate.class),
				Name.read(row, "city"), Name.read(row, "venue"),
				new RoundTimes(row.getString("time_zone"), instant(row, "scheduled_start"), instant(row, "started_at"),
						instant(row, "ended_at")),
				row.getObject("duration_minutes", Integer.class),
				(precision != null) ? DurationPrecision.valueOf(precision) : null, row.getString("summary"),
				TextLanguage.read(row, "summary"), row.getString("outcome"), TextLanguage.read(row, "outcome"),
				row.getString("next_steps"), TextLanguage.read(row, "next_steps"), instant(row, "updated_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A round as its page shows it, with the ids its facts are read by. */
	public record RoundRecord(long id, long processId, String slug, int number, Name processName, String processSlug,
			RoundStatus status, LocalDate heldOn, Name city, Name venue, RoundTimes times, Integer durationMinutes,
			DurationPrecision durationPrecision, String summary, TextLanguage summaryLanguage, String outcome,
			TextLanguage outcomeLanguage, String nextSteps, TextLanguage nextStepsLanguage, Instant updatedAt) {
	}

	public record DelegationRecord(long id, NamedRef party, List<MemberRecord> members) {
	}

	public record MemberRecord(long id, NamedRef person, String title, MemberRole role) {
	}

	public record ThirdPartyRecord(long id, NamedRef party, ThirdPartyRole role, String note) {
	}

}
