package org.talkstracker.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Links and redirects within the site kept in the page's language: on a page at
 * {@code /uk/…} every link built with {@code @{…}} (Thymeleaf builds them through
 * {@code encodeURL}) and every {@code redirect:} goes to {@code /uk/…}, except to
 * addresses that are the same in every language (editors' pages, the API, static files:
 * {@link LanguageAddresses#ONE_ADDRESS}). It runs after Spring Security, whose response
 * wrapper answers {@code encodeURL} itself without asking the filters before it.
 */
@Component
class TranslatedLinks extends OncePerRequestFilter {

	/**
	 * The error page the container shows for an address no controller answers
	 * ({@code /uk/no-such-page}) links in its language too.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Language language = Language.of(request);
		chain.doFilter(request, (language == Language.EN) ? response
				: new LanguageResponse(response, language, request.getContextPath()));
	}

	private static final class LanguageResponse extends HttpServletResponseWrapper {

		private final Language language;

		private final String contextPath;

		LanguageResponse(HttpServletResponse response, Language language, String contextPath) {
			super(response);
			this.language = language;
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(inLanguage(url));
		}

		@Override
		public String encodeRedirectURL(String url) {
			return super.encodeRedirectURL(inLanguage(url));
		}

		private String inLanguage(String url) {
			if (!url.startsWith(this.contextPath + "/") || url.startsWith("//")) {
				return url;
			}
			String path = url.substring(this.contextPath.length());
			if (Language.ofPath(path) != Language.EN
					|| LanguageAddresses.ONE_ADDRESS.stream().anyMatch(path::startsWith)) {
				return url;
			}
			return this.contextPath + this.language.prefix() + path;
		}

	}

}
