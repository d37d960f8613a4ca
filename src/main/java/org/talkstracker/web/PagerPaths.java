package org.talkstracker.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address a pager's links build on: this request's path and query, less the
 * parameters that say which page is shown, so the links keep the filters and the other
 * lists' pages.
 */
public final class PagerPaths {

	private PagerPaths() {
	}

	public static String without(HttpServletRequest request, String... parameters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString());
		for (String parameter : parameters) {
			uri.replaceQueryParam(parameter);
		}
		return uri.build().toUriString();
	}

	/** The address with one more parameter, whether or not it already has a query. */
	public static String with(String path, String parameter, Object value) {
		return path + (path.contains("?") ? "&" : "?") + parameter + "=" + value;
	}

}
