package org.talkstracker.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Every page and download read with GET, rendered whole before it is sent, with a strong
 * ETag (a 304 for a client that has it) and gzip-compressed for a client that takes it.
 * Reader pages, exports of a round, the API, the feeds and the static files are kept in
 * memory as they were last rendered, compressed once, with the {@link DataVersion} they
 * were rendered at and the topics they show: a kept page is sent again while none of
 * those changed ({@link DataChanges}), so a save in one round leaves every other round's
 * page kept, and a reader never gets a page older than the data, whichever instance saved
 * it. Editors and anyone with a session always go to the controllers; the streamed data
 * set downloads under {@code /data/} are sent as they are written.
 */
@Component
class PageCache extends OncePerRequestFilter implements Ordered {

	/** Larger pages are rendered each time rather than crowding out many small ones. */
	private static final int LARGEST_PAGE = 2 * 1024 * 1024;

	private static final List<String> CACHED_PATHS = List.of("/rounds", "/timeline", "/exchanges", "/memoranda",
			"/parties/", "/people", "/search", "/api/", "/feed.atom");

	/** Files that are the same for everyone and show no data. */
	static final List<String> STATIC_FOLDERS = List.of("/css/", "/images/", "/js/");

	/** A round's page and everything under its address show that round. */
	private static final Pattern ROUND_ADDRESS = Pattern.compile("^/rounds/([a-z0-9-]+)(/.*)?$");

	private final DataVersion dataVersion;

	private final DataChanges changes;

	private final Clock clock;

	private final Cache<PageKey, CachedPage> pages;

	/**
	 * Pages being rendered now, from the data at a version, so that readers asking for
	 * the same one at once wait for it.
	 */
	private final Map<Rendering, CompletableFuture<CachedPage>> renderings = new ConcurrentHashMap<>();

	private final boolean enabled;

	PageCache(DataVersion dataVersion, DataChanges changes, Clock clock, MeterRegistry meters,
			@Value("${talks.page-cache.max-size}") DataSize maxSize) {
		this.dataVersion = dataVersion;
		this.changes = changes;
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
	 * After Spring Security (which knows who asks, and writes the caching headers as the
	 * response is sent).
	 */
	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method))
				|| request.getRequestURI().startsWith(request.getContextPath() + "/data/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean isStatic = STATIC_FOLDERS.stream().anyMatch(path::startsWith);
		boolean kept = this.enabled && (isStatic || (isReaderPage(path) && isAnonymousWithoutSession(request)));
		if (!kept) {
			render(request, response, chain, Long.MIN_VALUE, null, false);
			return;
		}
		long version = isStatic ? 0 : this.dataVersion.current();
		Set<String> topics = isStatic ? Set.of() : topics(path);
		if (!isStatic) {
			this.changes.catchUp(version);
		}
		PageKey key = new PageKey(LocalDate.now(this.clock), request);
		CachedPage page = this.pages.getIfPresent(key);
		if (page == null || !this.changes.unchangedSince(page.renderedAt(), page.topics(), version)) {
			CompletableFuture<CachedPage> rendering = new CompletableFuture<>();
			Rendering asked = new Rendering(key, version);
			CompletableFuture<CachedPage> earlier = this.renderings.putIfAbsent(asked, rendering);
			if (earlier == null) {
				try {
					rendering.complete(renderAndKeep(key, request, response, chain, version, topics, isStatic));
				}
				finally {
					rendering.complete(null);
					this.renderings.remove(asked, rendering);
				}
				return;
			}
			// The same page is being rendered from the same data for another reader: wait
			// for it rather than render it again.
			page = earlier.join();
		}
		if (page != null) {
			page.writeTo(request, response);
		}
		else {
			render(request, response, chain, version, topics, false);
		}
	}

	/**
	 * Renders the page for this reader, and for any asking for it meanwhile when it can
	 * be kept.
	 */
	private CachedPage renderAndKeep(PageKey key, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain, long version, Set<String> topics, boolean isStatic)
			throws ServletException, IOException {
		CachedPage page = render(request, response, chain, version, topics, true);
		if (page == null || page.body().length > LARGEST_PAGE || !(isStatic || isAnonymousWithoutSession(request))) {
			return null;
		}
		// A page rendered from newer data, by a reader who came later, stays.
		this.pages.asMap()
			.merge(key, page, (older, newer) -> (newer.renderedAt() >= older.renderedAt()) ? newer : older);
		return page;
	}

	/**
	 * Renders the page and sends it whole, with its ETag and compressed when the client
	 * takes it; a response that is not a whole page (an error, a redirect, a response
	 * already sent) goes out as it was written.
	 * @param kept whether the page may be kept for other readers, who may take it
	 * compressed
	 * @return the page, when it was whole
	 */
	private static CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			long version, Set<String> topics, boolean kept) throws ServletException, IOException {
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()
				|| noStore(rendering.getHeader(HttpHeaders.CACHE_CONTROL))) {
			rendering.copyBodyToResponse();
			return null;
		}
		CachedPage page = CachedPage.rendered(rendering, version, topics, kept, request);
		page.writeRepresentationTo(request, response);
		return page;
	}

	private static boolean noStore(String cacheControl) {
		return cacheControl != null && cacheControl.contains("no-store");
	}

	/**
	 * What a reader page shows, as far as its address tells: one round's, or (for lists,
	 * counts and search) anything.
	 */
	static Set<String> topics(String path) {
		Matcher round = ROUND_ADDRESS.matcher(path);
		return round.matches() ? Set.of("round:" + round.group(1)) : null;
	}

	private static boolean isReaderPage(String path) {
		return path.equals("/") || CACHED_PATHS.stream().anyMatch(path::startsWith);
	}

	private static boolean isAnonymousWithoutSession(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return request.getSession(false) == null
				&& (authentication == null || authentication instanceof AnonymousAuthenticationToken);
	}

	/**
	 * What makes two requests get the same page: the day (pages name the next round), the
	 * address, and what the reader's browser asks for. The encoding the browser takes is
	 * chosen from the one page kept.
	 */
	private record PageKey(LocalDate day, String method, String path, String query, String accept, Locale locale) {

		PageKey(LocalDate day, HttpServletRequest request) {
			this(day, request.getMethod(), request.getRequestURI(), request.getQueryString(),
					request.getHeader(HttpHeaders.ACCEPT), request.getLocale());
		}

	}

	/** One rendering of a page from the data at one version. */
	private record Rendering(PageKey page, long version) {

	}

}
