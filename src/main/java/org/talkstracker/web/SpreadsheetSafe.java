package org.talkstracker.web;

import java.util.regex.Pattern;

/**
 * The one rule every CSV we write applies to its text, against CSV injection as OWASP
 * describes it: a spreadsheet reads a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula, so such a cell gets a
 * single quote in front and is read as text. A number ({@code -5}, {@code +1.5}) is no
 * formula and keeps its sign. The writers quote and escape every cell as RFC 4180
 * requires, so a value can never start a new cell either.
 */
public final class SpreadsheetSafe {

	private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

	private SpreadsheetSafe() {
	}

	/**
	 * The text itself, or with a single quote in front when a spreadsheet would take it
	 * for a formula.
	 */
	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		switch (value.charAt(0)) {
			case '=', '@', '\t', '\r' -> {
				return "'" + value;
			}
			case '+', '-' -> {
				return NUMBER.matcher(value).matches() ? value : "'" + value;
			}
			default -> {
				return value;
			}
		}
	}

}
