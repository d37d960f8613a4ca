package org.talkstracker.account;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Administrators manage accounts; everyone changes their own password. Rolled back after
 * each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(username = "boss", roles = "ADMIN")
class AccountAdminTests {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void anAdministratorCreatesAnEditorWhoCanSignIn() throws Exception {
		this.mvc
			.perform(post("/admin/accounts/new").with(csrf())
				.param("username", "Olena")
				.param("role", "EDITOR")
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("notice", "admin.accounts.created"));

		assertThat(this.accounts.findByUsername("olena")).hasValueSatisfying((olena) -> {
			assertThat(olena.getRole()).isEqualTo(Role.EDITOR);
			assertThat(olena.getPasswordHash()).startsWith("{bcrypt}");
		});
		this.mvc.perform(get("/admin/accounts")).andExpect(content().string(containsString(">olena<")));
		this.mvc.perform(signIn("olena", PASSWORD)).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void anEditorsPublicNameIsGivenAtCreationAndChangedLater() throws Exception {
		this.mvc
			.perform(post("/admin/accounts/new").with(csrf())
				.param("username", "olena")
				.param("displayName", "  Olena Kovalenko ")
				.param("role", "EDITOR")
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(this.accounts.findByUsername("olena").orElseThrow().getDisplayName()).isEqualTo("Olena Kovalenko");

		this.mvc.perform(post("/admin/accounts/olena/name").with(csrf()).param("displayName", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "displayName"));
		this.mvc.perform(post("/admin/accounts/olena/name").with(csrf()).param("displayName", "O. Kovalenko"))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("notice", "admin.accounts.renamed"));
		this.mvc.perform(get("/admin/accounts")).andExpect(content().string(containsString("<td>O. Kovalenko</td>")));
	}

	@Test
	void aRejectedAccountFormKeepsWhatWasTypedButNeverThePassword() throws Exception {
		this.mvc
			.perform(post("/admin/accounts/new").with(csrf())
				.param("username", "a b")
				.param("role", "ADMIN")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(view().name("account/admin/form"))
			.andExpect(model().attributeHasFieldErrors("form", "username", "password"))
			.andExpect(
					content().string(allOf(containsString("value=\"a b\""), containsString("Use 12 to 64 characters."),
							containsString("Use 2 to 100 letters"), not(containsString("value=\"short\"")),
							containsString("<option value=\"ADMIN\" selected=\"selected\">"))));
	}

	@Test
	void aTakenUsernameIsRefusedBesideTheField() throws Exception {
		account("olena", Role.EDITOR);

		this.mvc
			.perform(post("/admin/accounts/new").with(csrf())
				.param("username", "OLENA")
				.param("role", "EDITOR")
				.param("password", PASSWORD))
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "admin.accounts.taken"));
	}

	@Test
	void aDisabledAccountIsRefusedAndCanBeReEnabled() throws Exception {
		account("olena", Role.EDITOR);

		this.mvc.perform(post("/admin/accounts/olena/disable").with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("notice", "admin.accounts.disabled"));
		this.mvc.perform(signIn("olena", PASSWORD)).andExpect(redirectedUrl("/login?error"));

		this.mvc.perform(post("/admin/accounts/olena/enable").with(csrf())).andExpect(redirectedUrl("/admin/accounts"));
		this.mvc.perform(signIn("olena", PASSWORD)).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void anAdministratorCannotDisableTheirOwnAccountNorTheLastAdministrator() throws Exception {
		account("boss", Role.ADMIN);

		this.mvc.perform(post("/admin/accounts/boss/disable").with(csrf()))
			.andExpect(flash().attribute("problem", "admin.accounts.refused.self"));
		this.accounts.findAll()
			.stream()
			.filter((account) -> account.getRole() == Role.ADMIN && !account.getUsername().equals("admin"))
			.forEach((account) -> {
				account.disable();
				this.accounts.saveAndFlush(account);
			});
		this.mvc.perform(post("/admin/accounts/admin/disable").with(csrf()))
			.andExpect(flash().attribute("problem", "admin.accounts.refused.lastAdmin"));
		assertThat(this.accounts.findByUsername("admin"))
			.hasValueSatisfying((admin) -> assertThat(admin.isEnabled()).isTrue());
	}

	@Test
	void anAdministratorResetsAPassword() throws Exception {
		account("olena", Role.EDITOR);

		this.mvc.perform(get("/admin/accounts/olena/password"))
			.andExpect(content().string(containsString("Reset the password of olena")));
		this.mvc
			.perform(post("/admin/accounts/olena/password").with(csrf()).param("password", "a brand new passphrase"))
			.andExpect(redirectedUrl("/admin/accounts"));

		this.mvc.perform(signIn("olena", PASSWORD)).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(signIn("olena", "a brand new passphrase")).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void anUnknownAccountIsA404() throws Exception {
		this.mvc.perform(get("/admin/accounts/nobody/password")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "olena", roles = "EDITOR")
	void everyUserChangesTheirOwnPasswordGivingTheCurrentOne() throws Exception {
		account("olena", Role.EDITOR);

		this.mvc
			.perform(post("/admin/password").with(csrf())
				.param("currentPassword", "not my password")
				.param("newPassword", "another fine passphrase")
				.param("repeatedPassword", "another fine passphrase"))
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "admin.password.wrong"));
		this.mvc
			.perform(post("/admin/password").with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "another fine passphrase")
				.param("repeatedPassword", "another fine passphrase typo"))
			.andExpect(model().attributeHasFieldErrorCode("form", "repeatedPassword", "admin.password.mismatch"));
		this.mvc
			.perform(post("/admin/password").with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "another fine passphrase")
				.param("repeatedPassword", "another fine passphrase"))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("notice", "admin.password.changed"));

		this.mvc.perform(signIn("olena", "another fine passphrase")).andExpect(redirectedUrl("/admin"));
	}

	@Test
	@WithMockUser(username = "olena", roles = "EDITOR")
	void guessingTheCurrentPasswordIsThrottledLikeSigningIn() throws Exception {
		account("olena", Role.EDITOR);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(changePassword("guess " + i))
				.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "admin.password.wrong"));
		}

		this.mvc.perform(changePassword(PASSWORD))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "admin.password.locked"))
			.andExpect(content().string(containsString("Too many wrong passwords")));
		assertThat(this.accounts.findByUsername("olena")).hasValueSatisfying(
				(olena) -> assertThat(this.passwordEncoder.matches(PASSWORD, olena.getPasswordHash())).isTrue());
	}

	@Test
	@WithMockUser(username = "olena", roles = "EDITOR")
	void aPasswordLongerThanBcryptReadsIsRefused() throws Exception {
		account("olena", Role.EDITOR);
		String long64 = "ж".repeat(40);

		this.mvc
			.perform(post("/admin/password").with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", long64)
				.param("repeatedPassword", long64))
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "admin.password.tooLong"));
	}

	private void account(String username, Role role) {
		this.accounts
			.saveAndFlush(new Account(username, null, this.passwordEncoder.encode(PASSWORD), role, Instant.now()));
	}

	private static MockHttpServletRequestBuilder changePassword(String currentPassword) {
		return post("/admin/password").with(csrf())
			.param("currentPassword", currentPassword)
			.param("newPassword", "another fine passphrase")
			.param("repeatedPassword", "another fine passphrase");
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password) {
		// Signs in as a stranger would, not as the mock administrator of the test:
		// success lands on /admin.
		return post("/login").param("username", username).param("password", password).with(csrf()).with(anonymous());
	}

}
