package org.talkstracker.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The 503 page for failures before any controller runs, such as loading a signed-in
 * editor's session while the database is away. It sits in front of the session filter, so
 * showing the page does not need the database that just failed.
 */
@Component
class DatabaseOutageFilter extends OncePerRequestFilter implements Ordered {

	static final String PAGE = "/unavailable";

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final DatabaseUnavailable databaseUnavailable;

	DatabaseOutageFilter(DatabaseUnavailable databaseUnavailable) {
		this.databaseUnavailable = databaseUnavailable;
	}

	@Override
	public int getOrder() {
		return SessionRepositoryFilter.DEFAULT_ORDER - 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (response.isCommitted() || !this.databaseUnavailable.explains(ex)) {
				throw ex;
			}
			logger.warn("Database unavailable before the request reached a page: {}", ex.getMessage());
			response.resetBuffer();
			request.getRequestDispatcher(PAGE).forward(request, response);
		}
	}

}
