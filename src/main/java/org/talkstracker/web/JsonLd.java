package org.talkstracker.web;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Schema.org JSON-LD for a page to embed in {@code <script type="application/ld+json">}:
 * the JSON with {@code <}, {@code >} and {@code &} written as Unicode escapes, so no text
 * in it (a round's summary, a source's title) can end the script element or start markup.
 * A JSON parser reads the same values back.
 */
public final class JsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonLd() {
	}

	public static String script(Map<String, Object> data) {
		return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
