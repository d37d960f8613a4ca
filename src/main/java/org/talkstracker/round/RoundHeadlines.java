package org.talkstracker.round;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The latest round held and the next one scheduled, for the home page: both in one
 * statement, read as rows rather than through entities.
 */
@Repository
public class RoundHeadlines {

	private final JdbcClient jdbc;

	RoundHeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The published round held last, and the published round scheduled next from this day
	 * on; either may be missing.
	 */
	public Headlines asOf(LocalDate today) {
		Map<String, RoundListing> found = new HashMap<>();
		this.jdbc
			.sql("""
					(select 'latest' as headline, r.slug, r.number, p.name as process_name, p.name_uk as process_name_uk,
					        p.name_ru as process_name_ru, p.name_original as process_name_original, p.slug as process_slug,
					        r.held_on, r.city, r.city_uk, r.city_ru, r.city_original, r.venue, r.venue_uk, r.venue_ru,
					        r.venue_original, r.status
					 from round r join process p on p.id = r.process_id
					 where r.published and r.status = 'HELD'
					 order by r.held_on desc, r.id desc limit 1)
					union all
					(select 'next', r.slug, r.number, p.name, p.name_uk, p.name_ru, p.name_original, p.slug, r.held_on,
					        r.city, r.city_uk, r.city_ru, r.city_original, r.venue, r.venue_uk, r.venue_ru, r.venue_original,
					        r.status
					 from round r join process p on p.id = r.process_id
					 where r.published and r.status = 'SCHEDULED' and r.held_on >= :today
					 order by r.held_on, r.id limit 1)""")
			.param("today", today)
			.query((row) -> {
				found.put(row.getString("headline"), RoundListing.of(row));
			});
		return new Headlines(found.get("latest"), found.get("next"));
	}

	/** The latest round held and the next scheduled, each null when there is none. */
	public record Headlines(RoundListing latest, RoundListing next) {
	}

}
