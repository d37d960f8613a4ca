package org.talkstracker.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The language of a page is in its address: {@code /uk/rounds/…} is the round page in
 * Ukrainian, {@code /rounds/…} in English, whatever the browser asks for, so that every
 * address shows everyone the same page and caches keep it as it is. The prefix is taken
 * off before anything else sees the request, so the same controllers, security rules and
 * page cache serve every language (the cache keys pages by their locale), and
 * {@link TranslatedLinks} puts it back on the links the page builds. The home page sends
 * a reader who chose a language in the switcher ({@link LanguageChoice}) to that
 * language's home page.
 */
@Component
class LanguageAddresses extends OncePerRequestFilter implements Ordered {

	/** Addresses that are the same in every language. */
	static final List<String> ONE_ADDRESS = List.of("/admin", "/login", "/logout", "/api/", "/v3/api-docs",
			"/swagger-ui", "/unavailable", LanguageChoice.PATH, "/css/", "/images/", "/js/");

	/**
	 * Before everything else, the session and security filters too, which then see the
	 * address without its prefix.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contextPath = request.getContextPath();
		String path = request.getRequestURI().substring(contextPath.length());
		Language language = Language.ofPath(path);
		String page = path.substring(language.prefix().length());
		if (page.isEmpty()) {
			page = "/";
		}
		if (language == Language.EN && page.equals("/")) {
			Language remembered = remembered(request);
			if (remembered != Language.EN && "GET".equals(request.getMethod())) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, CachingHeaders.PRIVATE);
				response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
				response.sendRedirect(contextPath + remembered.prefix() + "/");
				return;
			}
		}
		request.setAttribute(Language.ATTRIBUTE, language);
		String query = request.getQueryString();
		request.setAttribute(PageLanguages.ATTRIBUTE,
				new PageLanguages(language, (query != null) ? page + "?" + query : page, request));
		chain.doFilter(new LanguageRequest(request, language, contextPath), response);
	}

	private static Language remembered(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (LanguageChoice.COOKIE.equals(cookie.getName())) {
					return Language.ofCode(cookie.getValue()).orElse(Language.EN);
				}
			}
		}
		return Language.EN;
	}

	/**
	 * The request as if it came without the prefix, in the language it named. Its address
	 * is read from the request each time, not kept: a forward (to the page that says the
	 * database is away, to an error page) changes it, and filters must then see where it
	 * was forwarded.
	 */
	private static final class LanguageRequest extends HttpServletRequestWrapper {

		private final Language language;

		private final String contextPath;

		LanguageRequest(HttpServletRequest request, Language language, String contextPath) {
			super(request);
			this.language = language;
			this.contextPath = contextPath;
		}

		@Override
		public String getRequestURI() {
			String uri = super.getRequestURI();
			String prefixed = this.contextPath + this.language.prefix();
			if (this.language.prefix().isEmpty() || !uri.startsWith(prefixed)) {
				return uri;
			}
			String page = uri.substring(prefixed.length());
			return this.contextPath + (page.isEmpty() ? "/" : page);
		}

		@Override
		public StringBuffer getRequestURL() {
			String url = super.getRequestURL().toString();
			String original = super.getRequestURI();
			return new StringBuffer(url.substring(0, url.length() - original.length()) + getRequestURI());
		}

		@Override
		public String getServletPath() {
			String servletPath = super.getServletPath();
			String prefix = this.language.prefix();
			return (!prefix.isEmpty() && servletPath.startsWith(prefix)) ? servletPath.substring(prefix.length())
					: servletPath;
		}

		@Override
		public Locale getLocale() {
			return this.language.locale();
		}

		@Override
		public Enumeration<Locale> getLocales() {
			return Collections.enumeration(List.of(this.language.locale()));
		}

	}

}
