package org.talkstracker.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the sign-in lock before the password, and counts every failure against the
 * account, the address and the account from that address (a refused try is not checked,
 * so not counted).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final int MAX_USERNAME_LENGTH = 100;

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = Account.normalise(authentication.getName());
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		if (username != null && !possibleUsername(username)) {
			// No account has such a name, and the database would refuse to look it up or
			// count it.
			this.throttle.refusal(null, address).ifPresent((refusal) -> {
				throw refusal.exception();
			});
			this.throttle.failed(null, address);
			throw new BadCredentialsException("No account can have that name");
		}
		this.throttle.refusal(username, address).ifPresent((refusal) -> {
			throw refusal.exception();
		});
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.succeeded(username, address);
			return result;
		}
		catch (LockedException ex) {
			throw ex;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	/**
	 * At most as long as the account table's usernames, and no NUL character, which
	 * PostgreSQL refuses in text.
	 */
	private static boolean possibleUsername(String username) {
		return username.length() <= MAX_USERNAME_LENGTH && username.indexOf('\0') < 0;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

}
