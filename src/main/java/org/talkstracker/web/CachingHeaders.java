package org.talkstracker.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * Who may keep a response, written by Spring Security as each response is sent, unless
 * its controller said otherwise (static files, the API): a public reader page or download
 * may be stored by browsers and shared caches, which ask again each time with its ETag
 * ({@code public, no-cache}); with {@code talks.http-cache.shared-max-age} set, a CDN in
 * front may serve it that long without asking, and longer while it asks in the background
 * ({@code talks.http-cache.stale-while-revalidate}). Anything for a signed-in editor or a
 * visitor with a session, any form, error or redirect: {@code private, no-store}.
 */
@Component
public class CachingHeaders implements HeaderWriter {

	static final String PRIVATE = "private, no-store";

	/** Addresses that are never a public page, whoever asks. */
	private static final List<String> PRIVATE_PATHS = List.of("/admin", "/login", "/logout", "/unavailable");

	private final String publicPages;

	CachingHeaders(@Value("${talks.http-cache.shared-max-age}") Duration sharedMaxAge,
			@Value("${talks.http-cache.stale-while-revalidate}") Duration staleWhileRevalidate) {
		this.publicPages = publicPages(sharedMaxAge, staleWhileRevalidate);
	}

	/**
	 * Without a shared lifetime every cache asks again each time ({@code no-cache}); with
	 * one, browsers still do ({@code max-age=0}) while a shared cache may not, as
	 * {@code no-cache} would make it ignore {@code s-maxage}.
	 */
	static String publicPages(Duration sharedMaxAge, Duration staleWhileRevalidate) {
		if (sharedMaxAge.isZero()) {
			return "public, no-cache";
		}
		String value = "public, max-age=0, s-maxage=" + sharedMaxAge.toSeconds();
		return staleWhileRevalidate.isZero() ? value
				: value + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds();
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		// The home page alone sends a reader who chose another language to it
		// (LanguageAddresses): a shared cache keeps it per cookie.
		if (request.getRequestURI().equals(request.getContextPath() + "/") && Language.of(request) == Language.EN
				&& !response.getHeaders(HttpHeaders.VARY).contains(HttpHeaders.COOKIE)) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		}
		if (response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, isPublic(request, response) ? this.publicPages : PRIVATE);
	}

	private static boolean isPublic(HttpServletRequest request, HttpServletResponse response) {
		String method = request.getMethod();
		int status = response.getStatus();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return ("GET".equals(method) || "HEAD".equals(method))
				&& (status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_NOT_MODIFIED)
				&& PRIVATE_PATHS.stream().noneMatch(path::startsWith) && request.getSession(false) == null
				&& !response.containsHeader(HttpHeaders.SET_COOKIE)
				&& (authentication == null || authentication instanceof AnonymousAuthenticationToken);
	}

}
