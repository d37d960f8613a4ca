package org.talkstracker.text;

import java.util.List;

/**
 * A fact with texts, each written in a language: a round's summary, a proposal's details,
 * a clause. Texts are named by their columns ({@code summary}, {@code next_steps}), as
 * their translations name them.
 */
public interface WrittenTexts {

	/** The fact's id. */
	Long getId();

	/** The kind of fact, which with its id names it where translations are looked up. */
	FactKind factKind();

	/** The version of the fact, which a change of a text's language raises. */
	long getVersion();

	/** The names of the fact's texts, in the order its form has them. */
	List<String> textFields();

	/** A text of the fact, or null where it has none. */
	String text(String field);

	/** The language a text of the fact is written in. */
	TextLanguage writtenIn(String field);

	/** Records the language a text of the fact is written in. */
	void markWrittenIn(String field, TextLanguage language);

	/** What a fact throws when asked for a text it does not have. */
	static IllegalArgumentException unknownText(String field) {
		return new IllegalArgumentException("No text '" + field + "' here");
	}

}
