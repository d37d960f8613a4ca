package org.talkstracker.memorandum;

import java.util.Arrays;
import java.util.List;

import org.talkstracker.memorandum.MemorandumView.ClauseView;

/**
 * Two memoranda side by side, topic by topic: a row for every topic either addresses, so
 * that a topic only one of them addresses shows as a gap on the other side.
 */
public final class MemorandumComparison {

	private final MemorandumView first;

	private final MemorandumView second;

	public MemorandumComparison(MemorandumView first, MemorandumView second) {
		if (first.slug().equals(second.slug())) {
			throw new IllegalArgumentException("A memorandum is not compared with itself: " + first.slug());
		}
		this.first = first;
		this.second = second;
	}

	public MemorandumView first() {
		return this.first;
	}

	public MemorandumView second() {
		return this.second;
	}

	/**
	 * One row per topic at least one of them addresses, in the order of
	 * {@link ClauseTopic}.
	 */
	public List<TopicRow> rows() {
		return Arrays.stream(ClauseTopic.values())
			.map((topic) -> new TopicRow(topic, this.first.clausesOn(topic), this.second.clausesOn(topic)))
			.filter((row) -> !row.firstGap() || !row.secondGap())
			.toList();
	}

	/** What each memorandum says on one topic; an empty side does not address it. */
	public record TopicRow(ClauseTopic topic, List<ClauseView> first, List<ClauseView> second) {

		public boolean firstGap() {
			return this.first.isEmpty();
		}

		public boolean secondGap() {
			return this.second.isEmpty();
		}

	}

}
