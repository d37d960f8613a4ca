package org.talkstracker.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production setting behind a proxy (docs/OPERATIONS.md), with the proxy at
 * 127.0.0.1: what it forwards is believed, and the same headers from anyone else reaching
 * the application port (here from ::1) are not.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "server.forward-headers-strategy=native",
		"server.tomcat.remoteip.internal-proxies=127.0.0.1/32" })
class BehindAProxyTests {

	static final String USERNAME = "proxy-editor";

	static final String PASSWORD = "correct horse battery";

	private static final String PROXY = "127.0.0.1";

	private static final String DIRECT = "[::1]";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void editor() {
		this.accounts.create(USERNAME, Role.EDITOR, PASSWORD);
	}

	@AfterEach
	void removeEditor() {
		this.jdbc.update("delete from spring_session where principal_name = ?", USERNAME);
		this.jdbc.update("delete from login_failure where subject like 'account:proxy-%' or subject like 'address:%'");
		this.jdbc.update("delete from account where username = ?", USERNAME);
	}

	@Test
	void theLockCountsTheClientAddressTheProxyForwards() throws Exception {
		failSignIn(PROXY, "203.0.113.7");

		assertThat(lockedAddresses()).contains("address:203.0.113.7").doesNotContain("address:127.0.0.1");
	}

	@Test
	void aForwardedAddressFromAnyoneButTheProxyIsIgnored() throws Exception {
		failSignIn(DIRECT, "203.0.113.8");

		assertThat(lockedAddresses()).contains("address:0:0:0:0:0:0:0:1").doesNotContain("address:203.0.113.8");
	}

	@Test
	void overHttpsAtTheProxyTheSiteSendsHstsAndASecureSessionCookie() throws Exception {
		HttpResponse<String> login = send(PROXY, "/login", "https", null, null);
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).startsWith("max-age="));
		assertThat(login.headers().allValues("Set-Cookie")).singleElement()
			.satisfies((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=")
				.containsIgnoringCase("; Secure")
				.containsIgnoringCase("; HttpOnly")
				.containsIgnoringCase("SameSite=Strict"));

		HttpResponse<String> signedIn = send(PROXY, "/login", "https", cookies(login),
				"username=" + USERNAME + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(csrf(login.body())));

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().allValues("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("SESSION="))
			.singleElement()
			.satisfies(
					(cookie) -> assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly"));
		// Signed in, the token lives in the session: the sign-in page's cookie is
		// dropped.
		assertThat(signedIn.headers().allValues("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=;").contains("Expires=Thu, 01 Jan 1970"));
	}

	@Test
	void aForwardedHttpsFromAnyoneButTheProxyIsIgnored() throws Exception {
		HttpResponse<String> login = send(DIRECT, "/login", "https", null, null);

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	private void failSignIn(String from, String forwardedFor) throws IOException, InterruptedException {
		HttpResponse<String> login = send(from, "/login", null, null, null);
		HttpResponse<String> failed = send(from, "/login", null, cookies(login),
				"username=" + USERNAME + "&password=wrong&_csrf=" + encode(csrf(login.body())), "X-Forwarded-For",
				forwardedFor);
		assertThat(failed.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
	}

	private List<String> lockedAddresses() {
		return this.jdbc.queryForList("select subject from login_failure where subject like 'address:%'", String.class);
	}

	private HttpResponse<String> send(String host, String path, String forwardedProto, String cookies, String form,
			String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + this.port + path))
			.header("Accept", "text/html");
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		if (cookies != null && !cookies.isEmpty()) {
			request.header("Cookie", cookies);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The cookies a response set, as the next request sends them back. */
	private static String cookies(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.collect(Collectors.joining("; "));
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token in the page").isTrue();
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
