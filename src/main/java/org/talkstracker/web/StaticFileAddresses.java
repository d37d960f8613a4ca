package org.talkstracker.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to the stylesheet and the icon ({@code @{/css/site.css}} in a template) written
 * with the hash of the file's content in the address ({@code /css/site-<md5>.css}), so
 * that browsers may keep them for a year. Only addresses in the static folders are looked
 * up: Spring's {@code ResourceUrlEncodingFilter} looks up every link a page builds, which
 * was half the time of rendering a round page at scale. Each file's address is looked up
 * once and kept: the resource chain keeps a file's hash for the application's life
 * anyway, and asking for it again cost a bean lookup and a pattern match per link (2 % of
 * a rendered round page, docs/PERFORMANCE.md). Only addresses of files that exist are
 * kept, so what is kept is bounded by the static folders.
 */
@Component
class StaticFileAddresses extends OncePerRequestFilter {

	private final ObjectProvider<ResourceUrlProvider> resourceUrls;

	private final Map<String, String> hashedPaths = new ConcurrentHashMap<>();

	StaticFileAddresses(ObjectProvider<ResourceUrlProvider> resourceUrls) {
		this.resourceUrls = resourceUrls;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contextPath = request.getContextPath();
		chain.doFilter(request, new HttpServletResponseWrapper(response) {
			@Override
			public String encodeURL(String url) {
				return super.encodeURL(hashed(contextPath, url));
			}
		});
	}

	private String hashed(String contextPath, String url) {
		if (!url.startsWith(contextPath)) {
			return url;
		}
		String path = url.substring(contextPath.length());
		if (PageCache.STATIC_FOLDERS.stream().noneMatch(path::startsWith)) {
			return url;
		}
		String hashed = this.hashedPaths.computeIfAbsent(path, this::lookUp);
		return (hashed != null) ? contextPath + hashed : url;
	}

	/**
	 * The hashed path of a static file; none before the resource chain knows its handlers
	 * or when there is no such file, and then nothing is kept.
	 */
	private String lookUp(String path) {
		ResourceUrlProvider provider = this.resourceUrls.getIfAvailable();
		return (provider != null) ? provider.getForLookupPath(path) : null;
	}

}
