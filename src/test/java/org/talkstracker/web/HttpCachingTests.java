package org.talkstracker.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class HttpCachingTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"");

	private static final Pattern ICON = Pattern.compile("href=\"(/images/favicon-[0-9a-f]{32}\\.svg)\"");

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/rounds", "/rounds/istanbul-2025-06-02", "/search?q=ceasefire" })
	void aRepeatRequestForAnUnchangedPageAnswers304(String page) throws Exception {
		String etag = this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();

		this.mvc.perform(get(page).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(content().string(""));
	}

	/**
	 * Browsers and shared caches may store a public page or download, and ask again with
	 * its strong ETag each time.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/", "/rounds", "/rounds/istanbul-2025-06-02", "/rounds/istanbul-2025-06-02/summary.csv",
			"/rounds/istanbul-2025-06-02/summary.md",
			"/memoranda/compare?a=russian-memorandum-2025-06&b=ukrainian-memorandum-2025-06", "/exchanges",
			"/feed.atom" })
	void publicPagesAndDownloadsMayBeStoredAndAreRevalidated(String page) throws Exception {
		this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "public, no-cache"))
			.andExpect(header().string(HttpHeaders.ETAG, startsWith("\"")));
	}

	@Test
	void aNotModifiedAnswerSaysTheSame() throws Exception {
		String etag = this.mvc.perform(get("/rounds")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

		this.mvc.perform(get("/rounds").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "public, no-cache"));
	}

	@Test
	void aSignedInEditorsPagesAreNeverStored() throws Exception {
		this.mvc.perform(get("/rounds/istanbul-2025-06-02").with(user("olena").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-store"));
		this.mvc.perform(get("/admin").with(user("olena").roles("EDITOR")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-store"));
	}

	@Test
	void theDataSetDownloadsMayBeStoredToo() throws Exception {
		this.mvc.perform(get("/data/rounds.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "public, no-cache"));
	}

	@Test
	void aVisitorWithASessionGetsPagesNoOneElseMayStore(@Autowired SessionRepository<? extends Session> sessions)
			throws Exception {
		String session = openSession(sessions);

		this.mvc.perform(get("/rounds").cookie(new Cookie("SESSION", session)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-store"));
	}

	private static <S extends Session> String openSession(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		session.setAttribute("visited", true);
		sessions.save(session);
		return Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theSignInPageErrorsAndRedirectsAreNeverStored() throws Exception {
		this.mvc.perform(get("/login")).andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-store"));
		this.mvc.perform(get("/rounds/no-such-round"))
			.andExpect(status().isNotFound())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-store"));
		this.mvc.perform(get("/admin"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-store"));
	}

	@Test
	void theApiKeepsItsOwnMinute() throws Exception {
		this.mvc.perform(get("/api/v1/rounds"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=60, public"));
	}

	@Test
	void aSharedCacheMayBeGivenALifetimeOfItsOwn() {
		assertThat(CachingHeaders.publicPages(java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(10)))
			.isEqualTo("public, max-age=0, s-maxage=60, stale-while-revalidate=600");
		assertThat(CachingHeaders.publicPages(java.time.Duration.ZERO, java.time.Duration.ofMinutes(10)))
			.isEqualTo("public, no-cache");
	}

	@Test
	void pagesLinkTheStylesheetAndIconByTheHashOfTheirContentAndBrowsersKeepThemAYear() throws Exception {
		String home = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		Matcher stylesheet = STYLESHEET.matcher(home);
		Matcher icon = ICON.matcher(home);
		assertThat(stylesheet.find()).as("a hashed stylesheet address in %s", home).isTrue();
		assertThat(icon.find()).as("a hashed icon address").isTrue();

		this.mvc.perform(get(stylesheet.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("body")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable"));
		this.mvc.perform(get(icon.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<svg")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable"));
	}

	/**
	 * Every text format is sent gzip-compressed to a client that takes it, reads back to
	 * the same text, and has an ETag of its own.
	 */
	@ParameterizedTest
	@CsvSource({ "/, text/html", "/rounds/istanbul-2025-06-02, text/html", "/css/site.css, text/css",
			"/rounds/istanbul-2025-06-02/summary.json, application/json",
			"/rounds/istanbul-2025-06-02/summary.csv, text/csv",
			"/rounds/istanbul-2025-06-02/summary.md, text/markdown", "/feed.atom, application/atom+xml",
			"/rounds.ics, text/calendar" })
	void textIsSentCompressedToClientsThatTakeIt(String page, String type) throws Exception {
		MockHttpServletResponse plain = this.mvc.perform(get(page)).andReturn().getResponse();
		MockHttpServletResponse compressed = this.mvc.perform(get(page).header(HttpHeaders.ACCEPT_ENCODING, "gzip, br"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith(type)))
			.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
			.andReturn()
			.getResponse();

		assertThat(plain.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(compressed.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
		assertThat(plain.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
		assertThat(gunzip(compressed.getContentAsByteArray()))
			.isEqualTo(plain.getContentAsString(StandardCharsets.UTF_8));
		assertThat(compressed.getContentLength()).isLessThan(plain.getContentAsByteArray().length);
		assertThat(compressed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(plain.getHeader(HttpHeaders.ETAG));
		this.mvc
			.perform(get(page).header(HttpHeaders.ACCEPT_ENCODING, "gzip")
				.header(HttpHeaders.IF_NONE_MATCH, compressed.getHeader(HttpHeaders.ETAG)))
			.andExpect(status().isNotModified());
	}

	@Test
	void aClientRefusingGzipGetsPlainText() throws Exception {
		this.mvc.perform(get("/rounds").header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0, identity"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.CONTENT_ENCODING));
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
