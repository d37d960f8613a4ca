package org.talkstracker.memorandum;

import org.talkstracker.editing.Name;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.talkstracker.source.ReportedDate;

/**
 * A visible memorandum as readers see it, its clauses in number order; facts carry the
 * numbers of their sources on the page.
 */
public record MemorandumView(String slug, Name title, Name processName, Author author, RoundRef round,
		ReportedDate delivered, LocalDate publishedOn, String summary, List<Integer> sources,
		List<ClauseView> clauses) {

	public record Author(String slug, Name name) {
	}

	/** The round where it was delivered. */
	public record RoundRef(String slug, int number, Name city) {
	}

	public record ClauseView(int number, ClauseTopic topic, String text, List<Integer> sources) {
	}

	public record TopicClauses(ClauseTopic topic, List<ClauseView> clauses) {
	}

	public List<ClauseView> clausesOn(ClauseTopic topic) {
		return this.clauses.stream().filter((clause) -> clause.topic() == topic).toList();
	}

	/**
	 * The topics it addresses, in the order of {@link ClauseTopic}, each with its
	 * clauses.
	 */
	public List<TopicClauses> topics() {
		return Arrays.stream(ClauseTopic.values())
			.map((topic) -> new TopicClauses(topic, clausesOn(topic)))
			.filter((topic) -> !topic.clauses().isEmpty())
			.toList();
	}

}
