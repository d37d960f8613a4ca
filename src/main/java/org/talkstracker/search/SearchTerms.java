package org.talkstracker.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words a reader searched for, reduced to letters and digits in any script, and the
 * PostgreSQL {@code tsquery} that finds them: every word must match, and a word that is
 * one spelling of a person's name matches every other spelling (Umierov finds Umerov).
 */
record SearchTerms(List<String> words) {

	static final int MAX_WORDS = 12;

	static SearchTerms of(String text) {
		if (text == null) {
			return new SearchTerms(List.of());
		}
		return new SearchTerms(words(text).distinct().limit(MAX_WORDS).toList());
	}

	/**
	 * The words of a text, in lower case: quotes, apostrophes, hyphens and dots separate
	 * words and are never part of one, nor is an empty word ever made (PostgreSQL refuses
	 * {@code ''} in a tsquery), whatever the text starts or ends with.
	 */
	static Stream<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter((word) -> !word.isEmpty());
	}

	boolean isEmpty() {
		return this.words.isEmpty();
	}

	/**
	 * The tsquery text, each word widened to the other spellings in {@code alternatives}.
	 */
	String tsquery(Map<String, Set<String>> alternatives) {
		return this.words.stream()
			.map((word) -> alternatives.getOrDefault(word, Set.of(word))
				.stream()
				.sorted()
				.map((spelling) -> "'" + spelling + "'")
				.collect(Collectors.joining(" | ", "(", ")")))
			.collect(Collectors.joining(" & "));
	}

}
