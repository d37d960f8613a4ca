package org.talkstracker.timeline;

import java.util.List;

import org.talkstracker.editing.Name;
import org.talkstracker.exchange.ExchangeKind;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.source.ReportedDate;

/**
 * One dated entry of the timeline, with the numbers of its sources and, where the site
 * has a page for it, a link there.
 */
public sealed interface TimelineEntry {

	TimelineKind kind();

	ReportedDate date();

	ProcessRef process();

	List<Integer> sources();

	/** The path of the page that tells more, or null where there is none. */
	String link();

	/** A round of a process, by number. */
	record RoundRef(String slug, int number) {

		String page() {
			return "/rounds/" + this.slug;
		}

	}

	record RoundEntry(ReportedDate date, ProcessRef process, RoundRef round, Name city, RoundStatus status,
			List<Integer> sources) implements TimelineEntry {

		@Override
		public TimelineKind kind() {
			return TimelineKind.ROUND;
		}

		@Override
		public String link() {
			return this.round.page();
		}

	}

	record StageEntry(ReportedDate date, ProcessRef process, RoundRef round, String exchangeSlug,
			ExchangeKind exchangeKind, int sequence, List<Integer> sources) implements TimelineEntry {

		@Override
		public TimelineKind kind() {
			return TimelineKind.STAGE;
		}

		@Override
		public String link() {
			return this.round.page() + "#exchange-" + this.exchangeSlug;
		}

	}

	/**
	 * A memorandum by its delivery date, with its title and its author's name in every
	 * language; {@code round} is null when it was not handed over at a round.
	 */
	record MemorandumEntry(ReportedDate date, ProcessRef process, RoundRef round, String slug, Name title, Name author,
			List<Integer> sources) implements TimelineEntry {

		@Override
		public TimelineKind kind() {
			return TimelineKind.MEMORANDUM;
		}

		@Override
		public String link() {
			return (this.round != null) ? this.round.page() + "#memorandum-" + this.slug : null;
		}

	}

	record EventEntry(ReportedDate date, ProcessRef process, String slug, String title,
			List<Integer> sources) implements TimelineEntry {

		@Override
		public TimelineKind kind() {
			return TimelineKind.EVENT;
		}

		@Override
		public String link() {
			return null;
		}

	}

}
