package org.talkstracker.profile;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talkstracker.editing.Name;
import org.talkstracker.profile.PartyProfile.Attendance;
import org.talkstracker.round.ThirdPartyRole;

/**
 * What the profile pages read with SQL of their own: how long each of a page's lists is
 * (one statement per page), and a page of the rounds a party attended, with its own
 * delegation or in a third-party role. Facts of draft rounds are left out: there are few
 * draft rounds, so a fact counts unless it hangs on one of them.
 */
@Repository
class ProfileLists {

	/**
	 * Not a fact of a draft round, for a table aliased {@code x} with a {@code round_id}.
	 */
	private static final String VISIBLE = "not exists (select 1 from round r where r.id = x.round_id and not r.published)";

	/**
	 * Third-party roles in the order {@link ThirdPartyRole} gives them, from 1 (0: its
	 * own delegation).
	 */
	private static final String ROLE_ORDER = "array_position(array[%s]::varchar[], t.role)"
		.formatted(Arrays.stream(ThirdPartyRole.values())
			.map((role) -> "'" + role.name() + "'")
			.collect(Collectors.joining(", ")));

	private final JdbcClient jdbc;

	ProfileLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PartyCounts partyCounts(long party) {
		return this.jdbc
			.sql("""
					select (select count(*) from delegation x where x.party_id = :party and %1$s)
					     + (select count(*) from third_party x where x.party_id = :party and %1$s) as rounds,
					       (select count(*) from proposal x where x.party_id = :party and %1$s) as proposals,
					       (select count(*) from memorandum x where x.author_party_id = :party and %1$s) as memoranda,
					       (select count(*) from statement x where x.party_id = :party and %1$s) as statements"""
				.formatted(VISIBLE))
			.param("party", party)
			.query((row, number) -> new PartyCounts(row.getLong("rounds"), row.getLong("proposals"),
					row.getLong("memoranda"), row.getLong("statements")))
			.single();
	}

	PersonCounts personCounts(long person) {
		return this.jdbc
			.sql("""
					select (select count(*) from delegation_member m join delegation x on x.id = m.delegation_id
					        where m.person_id = :person and %1$s) as rounds,
					       (select count(*) from statement x where x.speaker_id = :person and %1$s) as statements"""
				.formatted(VISIBLE))
			.param("person", person)
			.query((row, number) -> new PersonCounts(row.getLong("rounds"), row.getLong("statements")))
			.single();
	}

	/**
	 * A page of the published rounds the party attended, newest first; at one round its
	 * own delegation before its third-party roles. The heads of delegation only of the
	 * page's rounds.
	 */
	List<Attendance> partyRounds(long party, Pageable pageable) {
		return this.jdbc.sql("""
				select a.*, h.slug as head_slug, h.name as head_name, h.name_uk as head_name_uk,
				       h.name_ru as head_name_ru, h.name_original as head_name_original, m.title as head_title
				from (
				  select r.slug, r.number, p.name as process_name, p.name_uk as process_name_uk,
				         p.name_ru as process_name_ru, p.name_original as process_name_original, r.held_on,
				         r.city, r.city_uk, r.city_ru, r.city_original, null as role, 0 as role_order,
				         d.id as delegation_id
				  from delegation d join round r on r.id = d.round_id join process p on p.id = r.process_id
				  where d.party_id = :party and r.published
				  union all
				  select r.slug, r.number, p.name, p.name_uk, p.name_ru, p.name_original, r.held_on,
				         r.city, r.city_uk, r.city_ru, r.city_original, t.role, %s, null
				  from third_party t join round r on r.id = t.round_id join process p on p.id = r.process_id
				  where t.party_id = :party and r.published
				  order by held_on desc, slug, role_order
				  limit :limit offset :offset
				) a
				left join delegation_member m on m.delegation_id = a.delegation_id and m.role = 'HEAD'
				left join person h on h.id = m.person_id
				order by a.held_on desc, a.slug, a.role_order""".formatted(ROLE_ORDER))
			.param("party", party)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((row, number) -> {
				String role = row.getString("role");
				return new Attendance(
						new RoundRef(row.getString("slug"), row.getInt("number"),
								row.getObject("held_on", LocalDate.class), Name.read(row, "city")),
						Name.read(row, "process_name"), (role != null) ? ThirdPartyRole.valueOf(role) : null,
						row.getString("head_slug"), Name.read(row, "head_name"), row.getString("head_title"));
			})
			.list();
	}

	/** How many entries each list of a party's page has. */
	record PartyCounts(long rounds, long proposals, long memoranda, long statements) {
	}

	/** How many entries each list of a person's page has. */
	record PersonCounts(long rounds, long statements) {
	}

}
