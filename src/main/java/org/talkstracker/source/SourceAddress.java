package org.talkstracker.source;

import java.util.Locale;

/**
 * What makes two web addresses the same report: the host (any case, with or without
 * {@code www.}) and the path and query as written, whether over http or https, with or
 * without a trailing slash or a fragment.
 */
final class SourceAddress {

	private SourceAddress() {
	}

	/**
	 * The address without what does not tell reports apart, as
	 * {@code pravda.com.ua/eng/news/2025/05/14/7512296} for
	 * {@code https://www.pravda.com.ua/eng/news/2025/05/14/7512296/}; null for no
	 * address.
	 */
	static String key(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String address = url.strip();
		int fragment = address.indexOf('#');
		if (fragment >= 0) {
			address = address.substring(0, fragment);
		}
		int scheme = address.indexOf("://");
		if (scheme >= 0) {
			address = address.substring(scheme + 3);
		}
		int pathStart = address.indexOf('/');
		String host = ((pathStart >= 0) ? address.substring(0, pathStart) : address).toLowerCase(Locale.ROOT);
		String rest = (pathStart >= 0) ? address.substring(pathStart) : "";
		if (host.startsWith("www.")) {
			host = host.substring(4);
		}
		while (rest.endsWith("/")) {
			rest = rest.substring(0, rest.length() - 1);
		}
		return host + rest;
	}

}
