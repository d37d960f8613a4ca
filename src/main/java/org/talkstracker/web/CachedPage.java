package org.talkstracker.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A rendered page as it is sent: the headers its controller set, its body, the same body
 * gzip-compressed when it is text worth compressing, and its strong ETag (one per
 * representation). Kept by the {@link PageCache} with the data version it was rendered at
 * and the topics it shows, so a kept page is never compressed again.
 */
record CachedPage(String contentType, Map<String, List<String>> headers, byte[] body, boolean compressible,
		byte[] gzipped, String etag, long renderedAt, Set<String> topics) {

	/**
	 * The headers a page's own code sets; security headers and cookies are never stored.
	 */
	static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.CONTENT_DISPOSITION,
			HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, HttpHeaders.LINK);

	/** Below this a compressed body saves less than the work of compressing it. */
	static final int SMALLEST_COMPRESSED = 1024;

	/**
	 * The text formats sent compressed: pages, the stylesheet and icon, and every export
	 * and feed.
	 */
	private static final List<String> COMPRESSED_TYPES = List.of("text/html", "text/css", "text/csv", "text/markdown",
			"text/calendar", "text/plain", "application/json", "application/problem+json", "application/ld+json",
			"application/vnd.citationstyles.csl+json", "application/atom+xml", "application/xml", "image/svg+xml",
			"application/x-research-info-systems", "application/x-bibtex");

	/**
	 * The page a controller rendered, with its ETag (the controller's own, else one from
	 * the body) and its compressed body: made when the page is kept for other readers, or
	 * when this reader takes it; a page sent once, plain, is never compressed.
	 */
	static CachedPage rendered(ContentCachingResponseWrapper rendering, long renderedAt, Set<String> topics,
			boolean kept, HttpServletRequest request) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : KEPT_HEADERS) {
			List<String> values = List.copyOf(rendering.getHeaders(name));
			if (!values.isEmpty()) {
				headers.put(name, values);
			}
		}
		byte[] body = rendering.getContentAsByteArray();
		String etag = rendering.getHeader(HttpHeaders.ETAG);
		if (etag == null) {
			etag = "\"0" + DigestUtils.md5DigestAsHex(body) + "\"";
		}
		String contentType = rendering.getContentType();
		boolean compressible = body.length >= SMALLEST_COMPRESSED && compressible(contentType);
		byte[] gzipped = (compressible && (kept || acceptsGzip(request))) ? gzip(body) : null;
		return new CachedPage(contentType, headers, body, compressible, gzipped, etag, renderedAt, topics);
	}

	int weight() {
		return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0) + 512;
	}

	/**
	 * Sends the page with its stored headers, as to a reader it was kept for.
	 */
	void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType(this.contentType);
		this.headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		writeRepresentationTo(request, response);
	}

	/**
	 * Sends the body in the representation the client accepts, with that representation's
	 * ETag, or a 304 when the client has it already. The other headers are the caller's.
	 */
	void writeRepresentationTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean compressed = this.gzipped != null && acceptsGzip(request);
		if (this.compressible) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		String sentEtag = compressed ? gzipEtag(this.etag) : this.etag;
		response.setHeader(HttpHeaders.ETAG, sentEtag);
		if (notModified(request, sentEtag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] sent = compressed ? this.gzipped : this.body;
		if (compressed) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(sent.length);
		response.getOutputStream().write(sent);
	}

	/**
	 * The compressed representation's own strong ETag: the same bytes are never sent
	 * under two validators.
	 */
	private static String gzipEtag(String etag) {
		return etag.endsWith("\"") ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag;
	}

	private static boolean notModified(HttpServletRequest request, String sentEtag) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch == null) {
			return false;
		}
		ETag etag = ETag.create(sentEtag);
		return ETag.parse(ifNoneMatch).stream().anyMatch((asked) -> asked.isWildcard() || asked.compare(etag, false));
	}

	/**
	 * Whether the client takes gzip: named in {@code Accept-Encoding} (or {@code *})
	 * without {@code q=0}.
	 */
	static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null) {
			return false;
		}
		for (String coding : accepted.split(",")) {
			String[] parts = coding.trim().split(";");
			String name = parts[0].trim();
			if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
				return parts.length < 2 || !parts[1].replace(" ", "").matches("(?i)q=0(\\.0*)?");
			}
		}
		return false;
	}

	private static boolean compressible(String contentType) {
		return contentType != null && COMPRESSED_TYPES.stream().anyMatch(contentType.toLowerCase()::startsWith);
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not compress a page in memory", ex);
		}
		return out.toByteArray();
	}

}
