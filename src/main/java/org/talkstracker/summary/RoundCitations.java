package org.talkstracker.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.talkstracker.release.CurrentRelease;
import org.talkstracker.release.RoundReleases;

/**
 * What a reader cites a round by: the permanent address of the release they are reading
 * ({@code /rounds/{slug}/releases/{n}}), built for the request's host.
 */
@Component
class RoundCitations {

	private final RoundReleases releases;

	private final Clock clock;

	RoundCitations(RoundReleases releases, Clock clock) {
		this.releases = releases;
		this.clock = clock;
	}

	/** The round as readers see it now: its latest release. */
	SummaryCitation current(String slug) {
		return current(slug, this.releases.current(slug));
	}

	/** The round as readers see it now, its current release already read. */
	SummaryCitation current(String slug, Optional<CurrentRelease> current) {
		return current.map(CurrentRelease::number)
			.map((number) -> release(slug, number))
			.orElseGet(() -> new SummaryCitation(address("/rounds/{slug}", slug), today(), null));
	}

	SummaryCitation release(String slug, int number) {
		return new SummaryCitation(address("/rounds/{slug}/releases/{number}", slug, number), today(), number);
	}

	static String address(String path, Object... variables) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(variables).toUriString();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
