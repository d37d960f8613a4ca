package org.talkstracker.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Reader pages, exports of a round, the API and the feeds as they were last rendered,
 * kept in memory and sent again while nothing in the database has changed. Every entry is
 * keyed by the {@link DataVersion} read at the start of the request, so the first request
 * after any committed edit renders afresh: a reader never gets a page older than the
 * data. Editors, anyone with a session and the streamed data set downloads always go to
 * the controllers.
 */
@Component
class PageCache extends OncePerRequestFilter implements Ordered {

	/** Larger pages are rendered each time rather than crowding out many small ones. */
	private static final int LARGEST_PAGE = 2 * 1024 * 1024;

	private static final List<String> CACHED_PATHS = List.of("/rounds", "/timeline", "/exchanges", "/memoranda",
			"/parties/", "/people", "/search", "/api/", "/feed.atom");

	private final DataVersion dataVersion;

	private final Clock clock;

	private final Cache<PageKey, CachedPage> pages;

	/**
	 * Pages being rendered now, so that readers asking for the same one at once wait for
	 * it.
	 */
	private final Map<PageKey, CompletableFuture<CachedPage>> renderings = new ConcurrentHashMap<>();

	private final boolean enabled;

	PageCache(DataVersion dataVersion, Clock clock, MeterRegistry meters,
			@Value("${talks.page-cache.max-size}") DataSize maxSize) {
		this.dataVersion = dataVersion;
		this.clock = clock;
		this.enabled = maxSize.toBytes() > 0;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.<PageKey, CachedPage>weigher((key, page) -> page.weight())
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, this.pages, "pages");
	}

	/**
	 * After Spring Security (which knows who asks), before the ETag filter (whose header
	 * is kept).
	 */
	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.enabled || !"GET".equals(request.getMethod()) || !isReaderPage(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isAnonymousWithoutSession(request)) {
			chain.doFilter(request, response);
			return;
		}
		PageKey key = new PageKey(this.dataVersion.current(), LocalDate.now(this.clock), request);
		CachedPage page = this.pages.getIfPresent(key);
		if (page == null) {
			CompletableFuture<CachedPage> rendering = new CompletableFuture<>();
			CompletableFuture<CachedPage> earlier = this.renderings.putIfAbsent(key, rendering);
			if (earlier == null) {
				renderAndKeep(key, rendering, request, response, chain);
				return;
			}
			// The same page is being rendered for another reader: wait for it rather than
			// render it again.
			page = earlier.join();
		}
		if (page != null) {
			page.writeTo(response, notModified(request, page));
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/**
	 * Renders the page for this reader, and for any asking for it meanwhile when it can
	 * be kept.
	 */
	private void renderAndKeep(PageKey key, CompletableFuture<CachedPage> rendering, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		CachedPage kept = null;
		try {
			ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, rendered);
			if (rendered.getStatus() == HttpServletResponse.SC_OK && rendered.getContentSize() <= LARGEST_PAGE
					&& isAnonymousWithoutSession(request)) {
				kept = capture(rendered);
				this.pages.put(key, kept);
			}
			rendered.copyBodyToResponse();
		}
		finally {
			rendering.complete(kept);
			this.renderings.remove(key, rendering);
		}
	}

	private static boolean isReaderPage(String path) {
		return path.equals("/") || CACHED_PATHS.stream().anyMatch(path::startsWith);
	}

	private static boolean isAnonymousWithoutSession(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return request.getSession(false) == null
				&& (authentication == null || authentication instanceof AnonymousAuthenticationToken);
	}

	private static boolean notModified(HttpServletRequest request, CachedPage page) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch == null || page.etag() == null) {
			return false;
		}
		ETag etag = ETag.create(page.etag());
		return ETag.parse(ifNoneMatch).stream().anyMatch((asked) -> asked.isWildcard() || asked.compare(etag, false));
	}

	private static CachedPage capture(ContentCachingResponseWrapper rendering) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : CachedPage.KEPT_HEADERS) {
			List<String> values = List.copyOf(rendering.getHeaders(name));
			if (!values.isEmpty()) {
				headers.put(name, values);
			}
		}
		return new CachedPage(rendering.getContentType(), headers, rendering.getContentAsByteArray());
	}

	/**
	 * What makes two requests get the same page: the data, the day (pages name the next
	 * round), the address, and what the reader's browser asks for.
	 */
	private record PageKey(long dataVersion, LocalDate day, String path, String query, String accept, Locale locale) {

		PageKey(long dataVersion, LocalDate day, HttpServletRequest request) {
			this(dataVersion, day, request.getRequestURI(), request.getQueryString(),
					request.getHeader(HttpHeaders.ACCEPT), request.getLocale());
		}

	}

}
