package org.talkstracker.web;

import org.hamcrest.Matcher;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * What an attacker types into a text field: a script element and an attribute break-out,
 * each naming the field, so a page shows which field's text it printed and how.
 */
public final class ScriptPayloads {

	private ScriptPayloads() {
	}

	/** The text typed into the field. */
	public static String typed(String field) {
		return script(field) + "\"><img src=x onerror=alert('" + field + "')>";
	}

	/**
	 * A web address the form accepts that still tries to break out of the attribute it is
	 * printed in.
	 */
	public static String typedUrl(String field) {
		return "https://example.org/\">" + script(field);
	}

	/**
	 * How an HTML page prints the typed text: as text, every markup character escaped.
	 */
	public static String escaped(String field) {
		return html(typed(field));
	}

	public static String escapedUrl(String field) {
		return html(typedUrl(field));
	}

	/** How an XML document (the Atom feed) prints it: as character data. */
	public static String escapedInXml(String field) {
		return typed(field).replace("<", "&lt;").replace(">", "&gt;");
	}

	/**
	 * The script element as text, as a PDF shows it when the HTML it was made from
	 * escaped it.
	 */
	public static String script(String field) {
		return "<script>alert('" + field + "')</script>";
	}

	/** No page may hold any of it as markup. */
	public static Matcher<String> noMarkupFromPayloads() {
		return allOf(not(containsString("<script>alert(")), not(containsString("<img src=x")));
	}

	private static String html(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
