package org.talkstracker.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the CSRF token in the session once there is one, and until then in a cookie. The
 * sign-in form needs a token, but a session stored in PostgreSQL for every anonymous
 * visit of the sign-in page would let a crawler fill the table. The cookie is HttpOnly
 * and SameSite=Strict, Secure over HTTPS; a session never accepts the cookie's token, and
 * signing in drops the cookie.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	SessionOrCookieCsrfTokenRepository() {
		this.cookies.setCookieCustomizer((cookie) -> cookie.sameSite("Strict"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			this.sessions.saveToken(null, request, response);
			if (this.cookies.loadToken(request) != null) {
				this.cookies.saveToken(null, request, response);
			}
		}
		else if (request.getSession(false) != null) {
			this.sessions.saveToken(token, request, response);
		}
		else {
			this.cookies.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return (request.getSession(false) != null) ? this.sessions.loadToken(request) : this.cookies.loadToken(request);
	}

}
