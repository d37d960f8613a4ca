package org.talkstracker.summary;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.release.CurrentRelease;
import org.talkstracker.release.RoundReleases;

/**
 * Reads what the round page shows in one read-only transaction: the summary and the
 * release readers see share one connection and one commit.
 */
@Service
class RoundPages {

	private final RoundSummaries summaries;

	private final RoundReleases releases;

	private final JdbcClient jdbc;

	RoundPages(RoundSummaries summaries, RoundReleases releases, JdbcClient jdbc) {
		this.summaries = summaries;
		this.releases = releases;
		this.jdbc = jdbc;
	}

	/**
	 * The page's statements look rows up by the round's key, so a plan PostgreSQL keeps
	 * for them serves every round as well as one made for each request; planning each one
	 * anew (the connections' {@code force_custom_plan}, there for word searches) was two
	 * thirds of the database's work on this page (docs/PERFORMANCE.md, session 14).
	 */
	@Transactional(readOnly = true)
	RoundPage of(String slug) {
		this.jdbc.sql("set local plan_cache_mode = auto").update();
		return new RoundPage(this.summaries.of(slug), this.releases.current(slug));
	}

	/** The summary of a published round and its current release, if it has one yet. */
	record RoundPage(RoundSummary summary, Optional<CurrentRelease> current) {
	}

}
