package org.talkstracker.datafile;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talkstracker.DeployedJar;
import org.talkstracker.PackagedApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data files of the probe in issue 15, sent to the packaged application as deployed,
 * with a 256 MB heap ({@link DeployedJar}): 9.8 MB of numbers where sources belong (4.9
 * million of them) and 10 MB of one object with 600,000 keys, each twice at once by two
 * editors. Before the import's limits, one such upload ran the heap out and two at once
 * left the server unable to answer anyone. Now each is refused with a page that says why
 * (the file is beyond the import's limits, or another import is running), a reader's page
 * answers all the while, and the application is alive and ready afterwards.
 */
@ExtendWith(DeployedJar.class)
class HostileImportsIT {

	private static final String USERNAME = DeployedJar.ADMINISTRATOR;

	private static final String PASSWORD = DeployedJar.ADMINISTRATOR_PASSWORD;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String BEYOND_THE_LIMITS = "the file is beyond the import&#39;s limits";

	private static final String ANOTHER_IMPORT = "Another import is running";

	@Test
	void hostileFilesTwiceAtOnceAreRefusedClearlyWhileAReadersPageKeepsAnswering(PackagedApplication application)
			throws Exception {
		byte[] numbers = numbers();
		byte[] keys = keys();
		assertThat(numbers.length).isBetween(9_700_000, 10 * 1024 * 1024);
		assertThat(keys.length).isBetween(9_900_000, 10 * 1024 * 1024);

		Client reader = new Client(application.port());
		Client first = new Client(application.port()).signIn();
		Client second = new Client(application.port()).signIn();

		List<CompletableFuture<HttpResponse<String>>> uploads = List.of(first.upload("numbers.json", numbers),
				first.upload("keys.json", keys), second.upload("numbers.json", numbers),
				second.upload("keys.json", keys));
		CompletableFuture<Void> all = CompletableFuture.allOf(uploads.toArray(CompletableFuture[]::new));
		List<Integer> readersPages = new ArrayList<>();
		do {
			readersPages.add(reader.get("/rounds/istanbul-2025-06-02").statusCode());
		}
		while (!all.isDone());

		List<HttpResponse<String>> refusals = uploads.stream().map(CompletableFuture::join).toList();
		assertThat(refusals).allSatisfy((refusal) -> {
			if (refusal.statusCode() == 503) {
				assertThat(refusal.body()).contains(ANOTHER_IMPORT, "Nothing was written; try again in a moment.");
			}
			else {
				assertThat(refusal.statusCode()).isEqualTo(200);
				assertThat(refusal.body()).contains("nothing was written: 1 problem.", BEYOND_THE_LIMITS,
						"Token count (500001)");
			}
		});
		assertThat(refusals).as("the one whose turn it was")
			.anySatisfy((refusal) -> assertThat(refusal.body()).contains(BEYOND_THE_LIMITS));
		assertThat(readersPages).isNotEmpty().containsOnly(200);
		assertThat(reader.probe("/readyz").statusCode()).isEqualTo(200);
		assertThat(reader.probe("/livez").statusCode()).isEqualTo(200);
		assertThat(application.isAlive()).isTrue();
		assertThat(application.log()).doesNotContain("OutOfMemoryError");
	}

	/** {@code {"format":"talks-tracker/1","sources":[1,1,1,…]}}, 4.9 million numbers. */
	private static byte[] numbers() {
		return ("{\"format\":\"talks-tracker/1\",\"sources\":[" + "1,".repeat(4_899_999) + "1]}")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** One object of 600,000 keys, {@code "k000000":123456}. */
	private static byte[] keys() {
		StringBuilder json = new StringBuilder(10_300_000).append("{\"format\":\"talks-tracker/1\"");
		for (int i = 0; i < 600_000; i++) {
			json.append(",\"k").append(String.format("%06d", i)).append("\":123456");
		}
		return json.append('}').toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** A browser of its own: a reader, or an editor once signed in. */
	private static final class Client {

		private final int port;

		private final HttpClient http;

		Client(int port) {
			this.port = port;
			this.http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(new CookieManager())
				.connectTimeout(Duration.ofSeconds(10))
				.build();
		}

		Client signIn() throws IOException, InterruptedException {
			Matcher token = CSRF.matcher(get("/login").body());
			assertThat(token.find()).isTrue();
			HttpResponse<String> signedIn = this.http.send(
					request("/login").header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString("username=" + USERNAME + "&password="
								+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
								+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
			return this;
		}

		/** A dry run of the file, as the import page's form sends it. */
		CompletableFuture<HttpResponse<String>> upload(String name, byte[] content)
				throws IOException, InterruptedException {
			Matcher token = CSRF.matcher(get("/admin/import").body());
			assertThat(token.find()).isTrue();
			String boundary = "talks-tracker-hostile-import";
			byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
					+ token.group(1) + "\r\n--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\ndry-run\r\n--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
					+ "Content-Type: application/json\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8);
			byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
			return this.http.sendAsync(request("/admin/import").timeout(Duration.ofMinutes(3))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.http.send(request(path).timeout(Duration.ofSeconds(30)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		/** As a load balancer asks a health probe: JSON, not a page. */
		HttpResponse<String> probe(String path) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		private HttpRequest.Builder request(String path) {
			// As a browser asks, so errors come as pages.
			return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + this.port + path);
		}

	}

}
