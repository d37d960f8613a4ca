package org.talkstracker.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * A rendered reader page as it was sent: the headers its controller set, and its body.
 */
record CachedPage(String contentType, Map<String, List<String>> headers, byte[] body) {

	/**
	 * The headers a page's own code sets; security headers and cookies are never stored.
	 */
	static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.CONTENT_DISPOSITION,
			HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, HttpHeaders.LINK);

	String etag() {
		List<String> etags = this.headers.get(HttpHeaders.ETAG);
		return (etags != null) ? etags.get(0) : null;
	}

	int weight() {
		return this.body.length + 512;
	}

	void writeTo(HttpServletResponse response, boolean notModified) throws IOException {
		response.setContentType(this.contentType);
		this.headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		if (notModified) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentLength(this.body.length);
		response.getOutputStream().write(this.body);
	}

}
