package org.talkstracker.web;

import java.io.IOException;

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
 * was half the time of rendering a round page at scale.
 */
@Component
class StaticFileAddresses extends OncePerRequestFilter {

	private final ObjectProvider<ResourceUrlProvider> resourceUrls;

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
		ResourceUrlProvider provider = this.resourceUrls.getIfAvailable();
		String hashed = (provider != null) ? provider.getForLookupPath(path) : null;
		return (hashed != null) ? contextPath + hashed : url;
	}

}
