package org.talkstracker.summary;

import java.util.Optional;

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

	RoundPages(RoundSummaries summaries, RoundReleases releases) {
		this.summaries = summaries;
		this.releases = releases;
	}

	@Transactional(readOnly = true)
	RoundPage of(String slug) {
		return new RoundPage(this.summaries.of(slug), this.releases.current(slug));
	}

	/** The summary of a published round and its current release, if it has one yet. */
	record RoundPage(RoundSummary summary, Optional<CurrentRelease> current) {
	}

}
