package org.talkstracker.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Reads what is written to the console, so it runs alone: another test class running
 * beside it would write there too.
 */
@ExtendWith(OutputCaptureExtension.class)
@Isolated
class FirstAdministratorTests {

	final AccountRepository accounts = mock(AccountRepository.class);

	final PasswordEncoder passwordEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	final Clock clock = Clock.fixed(Instant.parse("2025-06-02T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void withoutAnyAccountTheConfiguredAdministratorIsCreatedAndNoPasswordIsLogged(CapturedOutput output) {
		when(this.accounts.count()).thenReturn(0L);

		new FirstAdministrator(this.accounts, this.passwordEncoder, this.clock, "Chief", "a configured passphrase")
			.run(null);

		Account created = saved();
		assertThat(created.getUsername()).isEqualTo("chief");
		assertThat(created.getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.passwordEncoder.matches("a configured passphrase", created.getPasswordHash())).isTrue();
		assertThat(output).contains("TALKS_ADMIN_USERNAME").doesNotContain("a configured passphrase");
	}

	@Test
	void withoutAPasswordARandomOneIsWrittenOnceToTheLog(CapturedOutput output) {
		when(this.accounts.count()).thenReturn(0L);

		new FirstAdministrator(this.accounts, this.passwordEncoder, this.clock, "", "").run(null);

		Account created = saved();
		assertThat(created.getUsername()).isEqualTo("admin");
		String logged = output.getOut().replaceAll("(?s).*one-time password: (\\S+) .*", "$1");
		assertThat(logged).hasSize(20);
		assertThat(this.passwordEncoder.matches(logged, created.getPasswordHash())).isTrue();
		assertThat(output.getOut().split(logged, -1)).hasSize(2);
	}

	@Test
	void whenAnAccountExistsNothingIsCreated(CapturedOutput output) {
		when(this.accounts.count()).thenReturn(1L);

		new FirstAdministrator(this.accounts, this.passwordEncoder, this.clock, "chief", "a configured passphrase")
			.run(null);

		verify(this.accounts, never()).saveAndFlush(any());
		assertThat(output).doesNotContain("administrator");
	}

	private Account saved() {
		ArgumentCaptor<Account> account = ArgumentCaptor.forClass(Account.class);
		verify(this.accounts).saveAndFlush(account.capture());
		return account.getValue();
	}

}
