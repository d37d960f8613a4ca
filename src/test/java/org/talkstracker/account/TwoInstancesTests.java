package org.talkstracker.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talkstracker.ServedOverHttp;
import org.talkstracker.TalksTrackerApplication;
import org.talkstracker.TestDatabase;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on different ports against one PostgreSQL: a sign-in through
 * one is a sign-in on the other (sessions live in PostgreSQL), and what one writes the
 * other shows at once.
 */
@ServedOverHttp
class TwoInstancesTests {

	private static final String USERNAME = "two-instances-editor";

	private static final String PASSWORD = "two instances, one database";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	DataFileImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	private ConfigurableApplicationContext second;

	@AfterEach
	void cleanUp() {
		if (this.second != null) {
			this.second.close();
		}
		this.jdbc.update("delete from spring_session where principal_name = ?", USERNAME);
		this.jdbc.update("delete from account where username = ?", USERNAME);
		String process = "(select id from process where slug = 'two-instances')";
		this.jdbc.update("delete from statement where process_id = " + process);
		this.jdbc.update("delete from memorandum where process_id = " + process);
		this.jdbc.update("delete from round where process_id = " + process);
		this.jdbc.update(
				"delete from process_party where process_id = (select id from process where slug = 'two-instances')");
		this.jdbc.update("delete from process where slug = 'two-instances'");
	}

	@Test
	void aSignInAndAnEditThroughOneInstanceAreSeenThroughTheOther() throws Exception {
		this.second = new SpringApplicationBuilder(TalksTrackerApplication.class).run("--server.port=0",
				"--management.server.port=0", "--" + TestDatabase.SERVED + "=true");
		int secondPort = this.second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		this.accounts.create(USERNAME, Role.EDITOR, PASSWORD);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		String token = csrf(send(browser, this.port, "/login", null).body());
		HttpResponse<String> signedIn = send(browser, this.port, "/login",
				"username=" + USERNAME + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
						+ URLEncoder.encode(token, StandardCharsets.UTF_8));
		assertThat(signedIn.statusCode()).isEqualTo(302);

		// The session cookie from the first instance signs the editor in on the second.
		assertThat(send(browser, secondPort, "/admin", null).body()).contains("Signed in as " + USERNAME);

		// A draft written through the first instance is at once in the second's preview.
		this.importer.importFile("two-instances", GeneratedRounds.process("two-instances", 1, false));
		HttpResponse<String> preview = send(browser, secondPort, "/admin/rounds/two-instances-round/preview", null);
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Proposal 1");
	}

	private static HttpResponse<String> send(HttpClient client, int port, String path, String form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html");
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

}
