package org.talkstracker.account;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An editor account for tests outside this package that sign in as a person does (in a
 * real browser): created through the application's own service, and removed afterwards
 * with the sessions and failure counts signing in left behind.
 */
public final class EditorAccount {

	private EditorAccount() {
	}

	public static void create(ApplicationContext context, String username, String password) {
		context.getBean(AccountService.class).create(username, Role.EDITOR, password);
	}

	public static void remove(ApplicationContext context, String username) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		jdbc.update("delete from spring_session where principal_name = ?", username);
		jdbc.update("delete from login_failure where subject = ? or subject like ?", "account:" + username,
				"account:" + username + "@%");
		jdbc.update("delete from account where username = ?", username);
	}

}
