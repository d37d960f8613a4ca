package org.talkstracker.memorandum;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.talkstracker.editing.Name;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.text.Text;

/**
 * A visible memorandum as readers see it, its clauses in number order; facts carry the
 * numbers of their sources on the page, texts their language and translations.
 */
public record MemorandumView(String slug, Name title, Name processName, Author author, RoundRef round,
		ReportedDate delivered, LocalDate publishedOn, Text summary, List<Integer> sources, List<ClauseView> clauses) {

	public record Author(String slug, Name name) {
	}

	/** The round where it was delivered. */
	public record RoundRef(String slug, int number, Name city) {
	}

	public record ClauseView(int number, ClauseTopic topic, Text text, List<Integer> sources) {
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
