package org.talkstracker.search;

import java.time.LocalDate;

import org.talkstracker.editing.Name;

import org.springframework.web.util.HtmlUtils;

/**
 * One fact that matched a search, with the passage around the match. The passage is plain
 * text from the database with the matched words between markers; {@link #snippetHtml()}
 * escapes it and turns only the markers into {@code <mark>}, so stored text can never
 * become markup.
 */
public record SearchHit(Kind kind, String slug, String roundSlug, Integer roundNumber, Name processName, LocalDate date,
		Name title, String speakerSlug, String snippet) {

	static final String START = "\u27E6";

	static final String STOP = "\u27E7";

	public String snippetHtml() {
		return HtmlUtils.htmlEscape(this.snippet).replace(START, "<mark>").replace(STOP, "</mark>");
	}

	/**
	 * Where the fact is shown: its round page at the fact, else its own page; null when
	 * it has none.
	 */
	public String link() {
		return switch (this.kind) {
			case PERSON -> "/people/" + this.slug;
			case ROUND -> "/rounds/" + this.roundSlug;
			case PROPOSAL -> "/rounds/" + this.roundSlug + "#proposal-" + this.slug;
			case MEMORANDUM, CLAUSE -> (this.roundSlug != null)
					? "/rounds/" + this.roundSlug + "#memorandum-" + this.slug : "/memoranda/" + this.slug;
			case STATEMENT -> (this.roundSlug != null) ? "/rounds/" + this.roundSlug + "#statement-" + this.slug
					: (this.speakerSlug != null) ? "/people/" + this.speakerSlug : null;
		};
	}

	public enum Kind {

		PERSON, ROUND, PROPOSAL, MEMORANDUM, CLAUSE, STATEMENT

	}

}
