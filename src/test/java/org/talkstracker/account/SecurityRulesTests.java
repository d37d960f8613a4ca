package org.talkstracker.account;

import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityRulesTests {

	/** One page of every kind behind the /admin rule. */
	static final String[] EDITING_PAGES = { "/admin", "/admin/password", "/admin/accounts", "/admin/accounts/new",
			"/admin/rounds", "/admin/rounds/new", "/admin/rounds/istanbul-2025-06-02",
			"/admin/rounds/istanbul-2025-06-02/edit", "/admin/rounds/istanbul-2025-06-02/preview",
			"/admin/rounds/istanbul-2025-06-02/delegations/new", "/admin/rounds/istanbul-2025-06-02/third-parties/new",
			"/admin/rounds/istanbul-2025-06-02/proposals/new", "/admin/rounds/istanbul-2025-06-02/exchanges/new",
			"/admin/memoranda", "/admin/memoranda/new", "/admin/statements", "/admin/statements/new", "/admin/sources",
			"/admin/sources/new", "/admin/processes", "/admin/processes/new",
			"/admin/processes/russia-ukraine-direct-talks-2025/edit", "/admin/parties", "/admin/parties/new",
			"/admin/parties/ukraine/edit", "/admin/people", "/admin/people/new", "/admin/people/rustem-umerov/edit",
			"/admin/context-events", "/admin/context-events/new",
			"/admin/context-events/russia-ukraine-direct-talks-2025/operation-spiders-web/edit" };

	@Autowired
	MockMvc mvc;

	@Nested
	class Readers {

		@Test
		void publicPagesStayPublicAndOpenNoSession() throws Exception {
			for (String page : new String[] { "/", "/rounds", "/rounds/istanbul-2025-06-02" }) {
				SecurityRulesTests.this.mvc.perform(get(page))
					.andExpect(status().isOk())
					.andExpect(header().doesNotExist("Set-Cookie"))
					.andExpect(
							content().string(allOf(containsString("href=\"/login\""), not(containsString("_csrf")))));
			}
		}

		@Test
		void everyResponseCarriesTheSecurityHeaders() throws Exception {
			SecurityRulesTests.this.mvc.perform(get("/"))
				.andExpect(header().string("Content-Security-Policy",
						allOf(containsString("default-src 'self'"), containsString("frame-ancestors 'none'"),
								not(containsString("unsafe-inline")))))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("Permissions-Policy", allOf(containsString("camera=()"),
						containsString("geolocation=()"), containsString("microphone=()"))));
		}

		@Test
		void anonymousOnAnAdminPageIsSentToTheSignInPage() throws Exception {
			for (String page : EDITING_PAGES) {
				SecurityRulesTests.this.mvc.perform(get(page))
					.andExpect(status().isFound())
					.andExpect(redirectedUrl("/login"));
			}
		}

		@Test
		void anonymousCannotPostToAnAdminPageEvenWithAToken() throws Exception {
			SecurityRulesTests.this.mvc.perform(post("/admin/accounts/new").with(csrf()).param("username", "mallory"))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/login"));
		}

		@Test
		void signInPageIsInTheSiteLayoutWithACsrfToken() throws Exception {
			SecurityRulesTests.this.mvc.perform(get("/login"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("<h1>Sign in</h1>"), containsString("Talks Tracker"),
						containsString("name=\"_csrf\""), containsString("autocomplete=\"current-password\""))));
		}

	}

	@Nested
	class Roles {

		@Test
		@WithMockUser(roles = "EDITOR")
		void anEditorOpensEveryEditingPage() throws Exception {
			for (String page : EDITING_PAGES) {
				if (!page.startsWith("/admin/accounts")) {
					SecurityRulesTests.this.mvc.perform(get(page)).andExpect(status().isOk());
				}
			}
		}

		@Test
		@WithMockUser(roles = "EDITOR")
		void anEditorOpensTheEditingPages() throws Exception {
			SecurityRulesTests.this.mvc.perform(get("/admin"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Rounds and their facts"),
						containsString("href=\"/admin/context-events\""), containsString("href=\"/admin/processes\""),
						containsString("href=\"/admin/parties\""), containsString("href=\"/admin/people\""),
						not(containsString("href=\"/admin/accounts\"")))));
		}

		@Test
		@WithMockUser(roles = "EDITOR")
		void anEditorOnAnAdministratorPageIsRefused() throws Exception {
			SecurityRulesTests.this.mvc.perform(get("/admin/accounts")).andExpect(status().isForbidden());
			SecurityRulesTests.this.mvc.perform(post("/admin/accounts/admin/disable").with(csrf()))
				.andExpect(status().isForbidden());
		}

		@Test
		@WithMockUser(roles = "ADMIN")
		void anAdministratorIsAlsoAnEditor() throws Exception {
			SecurityRulesTests.this.mvc.perform(get("/admin/accounts")).andExpect(status().isOk());
			SecurityRulesTests.this.mvc.perform(get("/admin"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/admin/accounts\"")));
		}

		@Test
		@WithMockUser(roles = "EDITOR")
		void aSignedInUserSeesWhoTheyAreAndASignOutForm() throws Exception {
			SecurityRulesTests.this.mvc.perform(get("/"))
				.andExpect(content().string(allOf(containsString("Sign out (user)"),
						containsString("action=\"/logout\""), containsString("name=\"_csrf\""))));
		}

		@Test
		@WithMockUser(roles = "ADMIN")
		void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
			SecurityRulesTests.this.mvc.perform(post("/admin/accounts/new").param("username", "mallory"))
				.andExpect(status().isForbidden());
			SecurityRulesTests.this.mvc.perform(post("/logout")).andExpect(status().isForbidden());
		}

	}

	/** Real sign-ins against accounts in PostgreSQL, rolled back after each test. */
	@Nested
	@Transactional
	class SigningIn {

		static final String PASSWORD = "correct horse battery";

		@Autowired
		AccountRepository accounts;

		@Autowired
		PasswordEncoder passwordEncoder;

		Account account(String username, Role role) {
			return this.accounts
				.saveAndFlush(new Account(username, null, this.passwordEncoder.encode(PASSWORD), role, Instant.now()));
		}

		@Test
		void anEditorSignsInWithAHashedPasswordAndLandsOnTheEditingPage() throws Exception {
			Account anna = account("anna", Role.EDITOR);

			assertThat(anna.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
			SecurityRulesTests.this.mvc.perform(formLogin("/login").user("Anna").password(PASSWORD))
				.andExpect(authenticated().withUsername("anna").withRoles("EDITOR"))
				.andExpect(redirectedUrl("/admin"));
		}

		@Test
		void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
			account("anna", Role.EDITOR);

			SecurityRulesTests.this.mvc.perform(formLogin("/login").user("anna").password("wrong"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
			SecurityRulesTests.this.mvc.perform(formLogin("/login").user("nobody").password("wrong"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}

		@Test
		void aDisabledAccountCannotSignIn() throws Exception {
			Account anna = account("anna", Role.EDITOR);
			anna.disable();
			this.accounts.saveAndFlush(anna);

			SecurityRulesTests.this.mvc.perform(formLogin("/login").user("anna").password(PASSWORD))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}

		@Test
		void repeatedFailuresForAnAccountLockItEvenAgainstTheRightPassword() throws Exception {
			account("anna", Role.EDITOR);
			for (int i = 0; i < 5; i++) {
				SecurityRulesTests.this.mvc.perform(formLogin("/login").user("anna").password("guess " + i))
					.andExpect(redirectedUrl("/login?error"));
			}

			SecurityRulesTests.this.mvc.perform(formLogin("/login").user("anna").password(PASSWORD))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?locked"));
			SecurityRulesTests.this.mvc.perform(get("/login").param("locked", ""))
				.andExpect(content().string(containsString("Too many failed sign-ins")));
		}

		@Test
		void aStrangersFailuresFromOneAddressDoNotStopTheUserSigningInFromAnother() throws Exception {
			account("anna", Role.EDITOR);
			for (int i = 0; i < 5; i++) {
				SecurityRulesTests.this.mvc.perform(signIn("anna", "guess " + i).with(from("192.0.2.66")))
					.andExpect(redirectedUrl("/login?error"));
			}

			SecurityRulesTests.this.mvc.perform(signIn("anna", PASSWORD).with(from("192.0.2.66")))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?locked"));
			SecurityRulesTests.this.mvc.perform(signIn("anna", PASSWORD).with(from("198.51.100.7")))
				.andExpect(authenticated().withUsername("anna"));
		}

		@Test
		void repeatedFailuresFromAnAddressLockItForEveryAccount() throws Exception {
			account("anna", Role.EDITOR);
			RequestPostProcessor attacker = from("192.0.2.66");
			for (int i = 0; i < 20; i++) {
				SecurityRulesTests.this.mvc.perform(signIn("user" + i, "guess").with(attacker))
					.andExpect(redirectedUrl("/login?error"));
			}

			SecurityRulesTests.this.mvc.perform(signIn("anna", PASSWORD).with(attacker))
				.andExpect(redirectedUrl("/login?locked"));
			SecurityRulesTests.this.mvc.perform(signIn("anna", PASSWORD).with(from("198.51.100.7")))
				.andExpect(authenticated().withUsername("anna"));
		}

		@Test
		void signingOutNeedsTheTokenAndEndsTheSignIn() throws Exception {
			SecurityRulesTests.this.mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
			SecurityRulesTests.this.mvc.perform(get("/login").param("logout", ""))
				.andExpect(content().string(containsString("You have signed out.")));
		}

		private static MockHttpServletRequestBuilder signIn(String username, String password) {
			return post("/login").param("username", username).param("password", password).with(csrf());
		}

		private static RequestPostProcessor from(String address) {
			return (request) -> {
				request.setRemoteAddr(address);
				return request;
			};
		}

	}

}
