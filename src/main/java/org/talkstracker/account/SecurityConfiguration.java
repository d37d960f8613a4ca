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

/**
 * Who may do what: every page is public to read; everything under {@code /admin} needs an
 * editor, and account management an administrator. Sign-in is a form of our own, throttled
 * against guessing; every response carries the security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottle.Limits.class)
class SecurityConfiguration {

	/** No inline script or style anywhere, and no page of ours inside another site's frame. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; "
			+ "base-uri 'self'; object-src 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDetailsService accounts,
			PasswordEncoder passwordEncoder, LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle)))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/accounts/**")
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
			// The 503 page a request is forwarded to when the database is away changes nothing,
			// and the session holding the CSRF token cannot be read then.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/unavailable"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				LoginThrottle.SignInSlowedException.class.getName(), "/login?wait"));
		return handler;
	}

	/** Hashes as "{bcrypt}…", and still reads any older format the delegating encoder knows. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No observation of each security filter and authorization: they timed every one of the
	 * filters for every request and took about a third of the CPU a cached page costs
	 * (docs/PERFORMANCE.md). Each request is still timed as a whole (http.server.requests).
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
