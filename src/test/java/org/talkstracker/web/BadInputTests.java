package org.talkstracker.web;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bytes that no page can use in an address, such as a NUL, are a bad request: the site's
 * 400 page, or a problem detail under the API, before any download has sent a byte.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputTests {

	@Autowired
	MockMvc mvc;

	/**
	 * A NUL in a path or a parameter's name never gets this far: Tomcat refuses the
	 * first, Spring Security's firewall the second (BadInputOverHttpTests).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/rounds?venue=%00", "/rounds?q=%00", "/search?q=%00", "/memoranda/compare?a=%00&b=x",
			"/timeline?process=%00", "/rounds?page=%00", "/exchanges?page=%00", "/data/rounds.csv?venue=%00",
			"/data/exchanges.csv?venue=%00", "/data/memoranda.csv?venue=%00", "/data/talks-tracker.json?venue=%00" })
	void aNulByteIsTheBadRequestPage(String url) throws Exception {
		this.mvc.perform(get(URI.create(url)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("<h1>Bad request</h1>"), containsString("Talks Tracker"),
					not(containsString("Exception")))));
	}

	/**
	 * A download asked for by a program that accepts anything is refused with a page
	 * labelled as one.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/data/rounds.csv?venue=%00", "/data/talks-tracker.json?venue=%00" })
	void aRefusedDownloadIsLabelledAsThePageItIs(String url) throws Exception {
		this.mvc.perform(get(URI.create(url)).accept(MediaType.ALL))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<h1>Bad request</h1>")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/rounds?venue=%00", "/api/v1/rounds?q=%00", "/api/v1/people?page=%00" })
	void aNulByteUnderTheApiIsAProblemDetail(String url) throws Exception {
		this.mvc.perform(get(URI.create(url)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/error", "/unavailable" })
	void aPageOnlyShownInsteadOfAnotherIsNotFoundWhenAskedForDirectly(String url) throws Exception {
		this.mvc.perform(get(url).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<h1>Page not found</h1>")));
	}

}
