package org.talkstracker.summary;

import java.util.regex.Pattern;

/**
 * Values made safe for Markdown, for the Markdown template: whatever characters a value
 * holds, it stays text, and a line break in it can never end a list item or a table row.
 */
public final class MarkdownText {

	private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|#~])");

	private static final Pattern BULLET_START = Pattern.compile("^([-+])(?=\\s|$)");

	private static final Pattern NUMBER_START = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

	/** Markdown's special characters escaped, for text within a line. */
	public String escape(String value) {
		return SPECIAL.matcher(value).replaceAll("\\\\$1");
	}

	/**
	 * Text on one line, escaped, that stays a paragraph even where it starts like a list
	 * item.
	 */
	public String inline(String value) {
		String oneLine = String.join(" ", value.strip().split("\\s*\\R\\s*"));
		String escaped = BULLET_START.matcher(escape(oneLine)).replaceFirst("\\\\$1");
		return NUMBER_START.matcher(escaped).replaceFirst("$1\\\\$2");
	}

	/** A table cell's text; nothing where there is no value. */
	public String cell(String value) {
		return (value != null) ? inline(value) : "";
	}

}
