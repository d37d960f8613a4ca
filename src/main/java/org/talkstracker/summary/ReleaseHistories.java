package org.talkstracker.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final MessageSource messages;

	ReleaseHistories(RoundReleases releases, MessageSource messages) {
		this.releases = releases;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	List<ReleaseHistory> of(String slug) {
		List<RoundRelease> all = this.releases.all(slug);
		Locale locale = LocaleContextHolder.getLocale();
		List<ReleaseHistory> histories = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			RoundRelease before = (i + 1 < all.size()) ? all.get(i + 1) : null;
			histories.add(new ReleaseHistory(ReleaseLine.of(all.get(i)),
					this.releases.changes(before, all.get(i))
						.stream()
						.map((change) -> change.render(this.messages, locale))
						.toList()));
		}
		return histories;
	}

	/** One release and what it changed. */
	record ReleaseHistory(ReleaseLine release, List<String> changes) {
	}

}
