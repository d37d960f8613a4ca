package org.talkstracker.account;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.talkstracker.web.CachingHeaders;

/**
 * Who may do what: every page is public to read; everything under {@code /admin} needs an
 * editor, and account management an administrator. Sign-in is a form of our own,
 * throttled against guessing; every response carries the security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottle.Limits.class)
class SecurityConfiguration {

	/**
	 * No camera, microphone, location, payment or USB device for any page, nor for a
	 * frame in one.
	 */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/**
	 * No inline script or style anywhere, and no page of ours inside another site's
	 * frame.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; "
			+ "base-uri 'self'; object-src 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDetailsService accounts,
			PasswordEncoder passwordEncoder, LoginThrottle throttle, CachingHeaders caching) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle)))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/accounts/**", "/admin/data/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/admin/**")
				.hasRole(Role.EDITOR.name())
				.anyRequest()
				.permitAll())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/admin")
				.failureHandler(failureHandler())
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			// The 503 page a request is forwarded to when the database is away changes
			// nothing,
			// and the session holding the CSRF token cannot be read then.
			.csrf((csrf) -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository())
				.ignoringRequestMatchers("/unavailable"))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new UploadsOverTheLimit()))
			// No session for an anonymous visitor: an editing page asked for without
			// signing in
			// is not remembered, and signing in lands on /admin.
			.requestCache((cache) -> cache.requestCache(requestCacheWithoutNewSessions()))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny())
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				// Public pages may be kept and revalidated; the rest is private
				// (web/CachingHeaders).
				.cacheControl((cacheControl) -> cacheControl.disable())
				.addHeaderWriter(caching));
		return http.build();
	}

	private static HttpSessionRequestCache requestCacheWithoutNewSessions() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setCreateSessionAllowed(false);
		return cache;
	}

	private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				LoginThrottle.SignInSlowedException.class.getName(), "/login?wait"));
		// The page says what failed from the address; nothing needs a session for it.
		handler.setAllowSessionCreation(false);
		return handler;
	}

	/**
	 * Session attributes are written with PostgreSQL's upsert: the first requests of a
	 * new session, sent at once, each store the session's CSRF token, and plain inserts
	 * of the same attribute made all but one of them fail with a duplicate key (a 500).
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Hashes as "{bcrypt}…", and still reads any older format the delegating encoder
	 * knows.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No observation of each security filter and authorization: they timed every one of
	 * the filters for every request and took about a third of the CPU a cached page costs
	 * (docs/PERFORMANCE.md). Each request is still timed as a whole
	 * (http.server.requests).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** An administrator may do everything an editor may. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(Role.ADMIN.name()).implies(Role.EDITOR.name()).build();
	}

}
