package org.talkstracker.web;

import java.io.IOException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talkstracker.ServedOverHttp;
import org.talkstracker.account.EditorAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad bytes as only the servlet container delivers them (it refuses to decode text that
 * is not UTF-8, and parses multipart bodies itself), and at sign-in, which no controller
 * handles: each is a 400 or a refused sign-in, never a 500.
 */
@ServedOverHttp
class BadInputOverHttpTests {

	private static final String EDITOR = "bad-input-editor";

	private static final String PASSWORD = "bad input editor password";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	/**
	 * The sign-ins here are committed: their failures would lock this machine's address
	 * for other tests.
	 */
	@AfterEach
	void forgetFailedSignIns() {
		EditorAccount.remove(this.context, EDITOR);
		this.jdbc.update("delete from login_failure");
	}

	/**
	 * Tomcat refuses text that is not UTF-8 as it decodes it, Spring Security's firewall
	 * a NUL in a name.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/rounds?venue=%c3%28", "/search?q=%ff", "/rounds?%00=x" })
	void aParameterThatIsNotTextIsTheBadRequestPage(String url) throws Exception {
		HttpResponse<String> page = get(url, "text/html");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("<h1>Bad request</h1>", "Talks Tracker");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/rounds?venue=%c3%28", "/api/v1/rounds?venue=%00" })
	void textThatIsNotUtf8UnderTheApiIsAProblemDetail(String url) throws Exception {
		HttpResponse<String> problem = get(url, "application/json");

		assertThat(problem.statusCode()).isEqualTo(400);
		assertThat(problem.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(problem.body()).contains("\"status\":400");
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
		HttpResponse<String> page = get("/error", "text/html");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<h1>Page not found</h1>");
	}

	/**
	 * An address no controller answers gets the container's error page, which is in the
	 * language of the address and links within it.
	 */
	@Test
	void anUnknownAddressUnderALanguageIsNotFoundInThatLanguage() throws Exception {
		HttpResponse<String> page = get("/uk/no-such-page", "text/html");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<html lang=\"uk\"", "<h1>Сторінку не знайдено</h1>", "href=\"/uk/rounds\"");
	}

	/**
	 * The token in a header, as a script sends it, so that the body is first parsed as
	 * the upload.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "multipart/form-data", "multipart/form-data; boundary=" })
	void anUploadWithoutABoundaryIsTheBadRequestPage(String contentType) throws Exception {
		EditorAccount.create(this.context, EDITOR, PASSWORD);
		signIn(EDITOR, PASSWORD);
		Matcher token = CSRF.matcher(get("/admin/import", "text/html").body());
		assertThat(token.find()).isTrue();

		HttpResponse<String> refused = this.http.send(HttpRequest.newBuilder(uri("/admin/import"))
			.header("Accept", "text/html")
			.header("Content-Type", contentType)
			.header("X-CSRF-TOKEN", token.group(1))
			.POST(HttpRequest.BodyPublishers
				.ofString("--x\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\ndry-run"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("<h1>Bad request</h1>", "Talks Tracker");
	}

	@ParameterizedTest
	@ValueSource(strings = { "an\u0000na", "\u0000anna\u0000x" })
	void aSignInWithANulByteIsRefused(String username) throws Exception {
		assertRefused(signIn(username, PASSWORD));
	}

	@Test
	void aSignInWithANameLongerThanAnyAccountsIsRefused() throws Exception {
		assertRefused(signIn("a".repeat(5_000), PASSWORD));
	}

	/**
	 * Refused as any wrong name or password is, or as a bad request: never a failure of
	 * the site.
	 */
	private static void assertRefused(HttpResponse<String> response) {
		if (response.statusCode() == 302) {
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
		}
		else {
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("<h1>Bad request</h1>");
		}
	}

	private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get("/login", "text/html").body());
		assertThat(token.find()).isTrue();
		return this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)
					+ "&_csrf=" + encode(token.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
