package org.talkstracker.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A reader choosing a language in the switcher: the choice is remembered in a cookie for
 * their next visit to the home page, and they are sent to the page they were on in that
 * language. Pages themselves never read the cookie, so that every address shows one
 * language to everyone and stays cacheable.
 */
@RestController
class LanguageChoice {

	static final String PATH = "/language/";

	static final String COOKIE = "language";

	private static final Duration REMEMBERED = Duration.ofDays(365);

	@GetMapping(PATH + "{code}")
	void choose(@PathVariable String code, @RequestParam(required = false) String page, HttpServletRequest request,
			HttpServletResponse response) {
		Language language = Language.ofCode(code).orElseThrow(() -> new NotFoundException("No language " + code));
		ResponseCookie cookie = ResponseCookie.from(COOKIE, language.code())
			.path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
			.maxAge(REMEMBERED)
			.httpOnly(true)
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + language.prefix() + withinSite(page));
	}

	/**
	 * Only an address on this site is followed: anything else (another host's address in
	 * {@code //host}, a backslash some browsers read as a slash) goes to the home page.
	 */
	static String withinSite(String page) {
		if (page == null || !page.startsWith("/") || page.startsWith("//") || page.contains("\\")
				|| page.chars().anyMatch(Character::isISOControl)) {
			return "/";
		}
		return page;
	}

}
