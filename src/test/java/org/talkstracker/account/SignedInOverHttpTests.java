package org.talkstracker.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talkstracker.ServedOverHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a running server shows: error pages rendered through the servlet container,
 * the session cookie, and sessions stored in PostgreSQL. The account is committed, so it
 * is removed afterwards with its sessions and failure counts.
 */
@ServedOverHttp
class SignedInOverHttpTests {

	static final String USERNAME = "http-editor";

	static final String PASSWORD = "correct horse battery";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	final CookieManager cookies = new CookieManager();

	HttpClient http;

	@BeforeEach
	void editor() {
		this.accounts.create(USERNAME, Role.EDITOR, PASSWORD);
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	@AfterEach
	void removeEditor() {
		this.jdbc.update("delete from spring_session where principal_name = ?", USERNAME);
		this.jdbc.update("delete from login_failure where subject like ?", "account:" + USERNAME + "%");
		this.jdbc.update("delete from login_failure where subject like 'address:%'");
		this.jdbc.update("delete from account where username = ?", USERNAME);
	}

	@Test
	void anonymousReadersGetNoSessionCookie() throws Exception {
		HttpResponse<String> home = get("/");

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(this.cookies.getCookieStore().getCookies()).isEmpty();
	}

	@Test
	void anonymousOnAnAdminPageIsSentToSignIn() throws Exception {
		HttpResponse<String> admin = get("/admin/rounds");

		assertThat(admin.statusCode()).isEqualTo(302);
		assertThat(admin.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	@Test
	void signingInGivesANewSessionIdKeptInPostgreSQL() throws Exception {
		HttpResponse<String> signedIn = signIn(csrf(get("/login").body()));

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		HttpCookie session = sessionCookie();
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, USERNAME))
			.isEqualTo(1);
		assertThat(get("/admin").body()).contains("Signed in as http-editor.");

		// Signing in again over a session that exists changes its id (no session
		// fixation).
		signIn(csrf(get("/admin").body()));
		assertThat(sessionCookie().getValue()).isNotEqualTo(session.getValue());
		assertThat(get("/admin").body()).contains("Signed in as http-editor.");
	}

	@Test
	void anonymousVisitorsAndFailedSignInsStoreNoSession() throws Exception {
		int before = this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);

		for (String page : new String[] { "/login", "/login?error", "/", "/rounds", "/rounds/istanbul-2025-06-02",
				"/admin/rounds" }) {
			assertThat(get(page).statusCode()).as(page).isIn(200, 302);
		}
		String token = csrf(get("/login").body());
		assertThat(post("/login", "username=" + USERNAME + "&password=wrong&_csrf=" + encode(token)).headers()
			.firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));

		assertThat(this.jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isEqualTo(before);
		assertThat(signIn(csrf(get("/login").body())).statusCode()).isEqualTo(302);
		assertThat(get("/admin").body()).contains("Signed in as http-editor.");
	}

	@Test
	void parallelRequestsRightAfterSigningInAllSucceed() throws Exception {
		String[] pages = { "/admin", "/admin/rounds", "/admin/sources", "/admin/password", "/admin/people",
				"/admin/parties", "/admin/memoranda", "/admin/statements" };
		List<Integer> statuses = new ArrayList<>();
		for (int attempt = 0; attempt < 3; attempt++) {
			this.cookies.getCookieStore().removeAll();
			assertThat(signIn(csrf(get("/login").body())).statusCode()).isEqualTo(302);
			List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
			for (String page : pages) {
				responses.add(this.http.sendAsync(getRequest(page), HttpResponse.BodyHandlers.ofString()));
			}
			for (CompletableFuture<HttpResponse<String>> response : responses) {
				statuses.add(response.get().statusCode());
			}
		}

		assertThat(statuses).hasSize(24).containsOnly(200);
	}

	@Test
	void changingOnesOwnPasswordSignsOutOnesOtherSessionsButNotThisOne() throws Exception {
		HttpClient otherBrowser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String otherToken = csrf(send(otherBrowser, getRequest("/login")).body());
		send(otherBrowser, postRequest("/login",
				"username=" + USERNAME + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(otherToken)));
		assertThat(send(otherBrowser, getRequest("/admin")).statusCode()).isEqualTo(200);
		signIn(csrf(get("/login").body()));

		String token = csrf(get("/admin/password").body());
		HttpResponse<String> changed = post("/admin/password",
				"currentPassword=" + encode(PASSWORD) + "&newPassword=" + encode("a brand new passphrase")
						+ "&repeatedPassword=" + encode("a brand new passphrase") + "&_csrf=" + encode(token));

		assertThat(changed.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		assertThat(get("/admin").body()).contains("Signed in as http-editor.");
		assertThat(send(otherBrowser, getRequest("/admin")).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, USERNAME))
			.isEqualTo(1);
	}

	@Test
	void anEditorOnAnAdministratorPageGetsTheNotAllowedPageInTheSiteLayout() throws Exception {
		signIn(csrf(get("/login").body()));

		HttpResponse<String> accounts = get("/admin/accounts");

		assertThat(accounts.statusCode()).isEqualTo(403);
		assertThat(accounts.body()).contains("<h1>Not allowed</h1>", "Talks Tracker", "href=\"/admin\"")
			.doesNotContain("Exception");
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		HttpResponse<String> admin = signIn(csrf(get("/login").body()));
		assertThat(admin.statusCode()).isEqualTo(302);

		HttpResponse<String> loggedOut = post("/logout", "_csrf=" + encode(csrf(get("/admin").body())));

		assertThat(loggedOut.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?logout"));
		assertThat(get("/admin").statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, USERNAME))
			.isZero();
	}

	/**
	 * The form's token is in its body, before the file, as a browser sends it; the body
	 * over the limit cannot be read, and the editor is told why.
	 */
	@Test
	void aDataFileOverTenMegabytesIsRefusedWithItsOwnPage() throws Exception {
		signIn(csrf(get("/login").body()));
		String importPage = get("/admin/import").body();
		assertThat(importPage).contains("action=\"/admin/import\"").doesNotContain("?_csrf=");
		String boundary = "talks-tracker-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(importPage)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\ndry-run\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[10 * 1024 * 1024 + 1024];
		Arrays.fill(content, (byte) ' ');

		HttpResponse<String> refused = this.http.send(HttpRequest.newBuilder(uri("/admin/import"))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("File too large", "10 MB", "Talks Tracker");
	}

	/** Without a token the same upload is refused as any forged form is. */
	@Test
	void anUploadWithoutItsTokenIsRefused() throws Exception {
		signIn(csrf(get("/login").body()));
		String boundary = "talks-tracker-test-boundary";
		byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nimport\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"small.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n{}\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> refused = this.http.send(HttpRequest.newBuilder(uri("/admin/import"))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> signIn(String csrf) throws IOException, InterruptedException {
		return post("/login", "username=" + USERNAME + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(csrf));
	}

	private HttpCookie sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("SESSION"))
			.findFirst()
			.orElseThrow();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(this.http, getRequest(path));
	}

	private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return send(this.http, postRequest(path, form));
	}

	private HttpRequest postRequest(String path, String form) {
		return HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	/** As a browser asks, so errors come as pages. */
	private HttpRequest getRequest(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build();
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request)
			throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
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
