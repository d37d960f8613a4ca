package org.talkstracker.web;

import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The interface in English, Ukrainian and Russian, each at its own addresses: English at
 * the addresses the site always had, the others under {@code /uk/} and {@code /ru/}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageTests {

	private static final String ROUND_TWO = "/rounds/istanbul-2025-06-02";

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void roundPageInUkrainianAtItsOwnAddress() throws Exception {
		this.mvc.perform(get("/uk" + ROUND_TWO))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"uk\""), containsString("Раунд 2"),
					containsString("Голова делегації"), containsString("Тіла загиблих"),
					containsString("2 червня 2025 р."), containsString("6\u00a0000"), containsString("Рустем Умєров"),
					containsString(">Увійти<"))));
	}

	@Test
	void roundPageInRussianAtItsOwnAddress() throws Exception {
		this.mvc.perform(get("/ru" + ROUND_TWO))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"ru\""), containsString("Раунд 2"),
					containsString("Глава делегации"), containsString("Тела погибших"),
					containsString("2 июня 2025 г."), containsString("6\u00a0000"))));
	}

	@Test
	void englishStaysAtTodaysAddressesWhateverTheBrowserAsksFor() throws Exception {
		this.mvc.perform(get(ROUND_TWO).header(HttpHeaders.ACCEPT_LANGUAGE, "uk-UA,uk;q=0.9,ru;q=0.8"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, startsWith("public")))
			.andExpect(header().stringValues(HttpHeaders.VARY, not(hasItem(HttpHeaders.COOKIE))))
			.andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("Head of delegation"),
					containsString("Monday 2 June 2025"), containsString("6,000"))));
	}

	@Test
	void linksOnAUkrainianPageStayInUkrainianButStaticFilesAndEditorsPagesDoNot() throws Exception {
		this.mvc.perform(get("/uk" + ROUND_TWO))
			.andExpect(content().string(allOf(containsString("href=\"/uk/rounds\""), containsString("href=\"/uk/\""),
					containsString("href=\"/uk/rounds/istanbul-2025-05-16\""),
					containsString("href=\"/uk/rounds/istanbul-2025-06-02/summary.md\""),
					containsString("href=\"/uk/people/rustem-umerov\""), containsString("href=\"/css/site-"),
					not(containsString("href=\"/uk/css")), not(containsString("/uk/admin")),
					not(containsString("href=\"/rounds\"")))));
		this.mvc.perform(get("/uk/rounds"))
			.andExpect(content().string(
					allOf(containsString("href=\"/swagger-ui/index.html\""), not(containsString("/uk/swagger-ui")))));
	}

	@Test
	void searchHitsAndReleasesLeadToPagesInTheReadersLanguage() throws Exception {
		this.mvc.perform(get("/uk/search").param("q", "Умєров"))
			.andExpect(content().string(allOf(containsString("href=\"/uk/people/rustem-umerov\""),
					containsString("href=\"/uk/rounds/istanbul-2025-06-02\""))));
		this.mvc.perform(get("/ru/rounds/istanbul-2025-06-02/releases"))
			.andExpect(content().string(containsString("href=\"/ru/rounds/istanbul-2025-06-02/releases/1\"")));
	}

	@Test
	@Transactional
	void pagersLeadToTheNextPageInTheReadersLanguage() throws Exception {
		this.jdbc.sql("""
				insert into statement (process_id, slug, party_id, said_on, said_on_precision, text)
				select p.id, 'zebra-' || i, (select id from party where slug = 'ukraine'), date '2030-01-01' + i, 'DAY',
				       'Zebra number ' || i
				from process p, generate_series(1, 25) i where p.slug = 'russia-ukraine-direct-talks-2025'""").update();

		this.mvc.perform(get("/uk/search?q=zebra"))
			.andExpect(content().string(containsString("href=\"/uk/search?q=zebra&amp;page=2\" rel=\"next\"")));
	}

	@Test
	void everyPageNamesItsTranslationsForSearchEngines() throws Exception {
		this.mvc.perform(get("/ru" + ROUND_TWO))
			.andExpect(content().string(allOf(
					containsString(
							"<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost" + ROUND_TWO + "\">"),
					containsString(
							"<link rel=\"alternate\" hreflang=\"uk\" href=\"http://localhost/uk" + ROUND_TWO + "\">"),
					containsString(
							"<link rel=\"alternate\" hreflang=\"ru\" href=\"http://localhost/ru" + ROUND_TWO + "\">"),
					containsString("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost" + ROUND_TWO
							+ "\">"))));
	}

	@Test
	void theSwitcherOffersThisPageInEachLanguage() throws Exception {
		this.mvc.perform(get("/uk" + ROUND_TWO))
			.andExpect(content().string(allOf(containsString("href=\"/language/en?page=" + ROUND_TWO + "\""),
					containsString("href=\"/language/ru?page=" + ROUND_TWO + "\""),
					containsString("aria-current=\"true\">Українська</a>"))));
	}

	@Test
	void choosingALanguageRemembersItAndLandsOnTheSamePage() throws Exception {
		this.mvc.perform(get("/language/ru").param("page", ROUND_TWO + "?x=1"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string(HttpHeaders.LOCATION, "/ru" + ROUND_TWO + "?x=1"))
			.andExpect(cookie().value("language", "ru"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-store"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "//elsewhere.example/", "https://elsewhere.example/", "/\\elsewhere.example" })
	void choosingALanguageNeverLeavesTheSite(String page) throws Exception {
		this.mvc.perform(get("/language/uk").param("page", page))
			.andExpect(header().string(HttpHeaders.LOCATION, "/uk/"));
	}

	@Test
	void aLanguageTheSiteDoesNotSpeakIsNotFound() throws Exception {
		this.mvc.perform(get("/language/de").param("page", ROUND_TWO)).andExpect(status().isNotFound());
	}

	@Test
	void theHomePageSendsAReaderToTheLanguageTheyChose() throws Exception {
		this.mvc.perform(get("/").cookie(new Cookie("language", "uk")))
			.andExpect(status().isFound())
			.andExpect(header().string(HttpHeaders.LOCATION, "/uk/"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-store"));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().stringValues(HttpHeaders.VARY, hasItem(HttpHeaders.COOKIE)))
			.andExpect(content().string(containsString("<html lang=\"en\"")));
		this.mvc.perform(get("/uk/").cookie(new Cookie("language", "ru")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"uk\"")));
	}

	@Test
	void theCacheKeepsEachLanguagesPageApart() throws Exception {
		this.mvc.perform(get("/uk/timeline")).andExpect(content().string(containsString("Хронологія")));
		this.mvc.perform(get("/ru/timeline")).andExpect(content().string(containsString("Хронология")));
		this.mvc.perform(get("/timeline"))
			.andExpect(content().string(allOf(containsString("Timeline"), not(containsString("Хронолог")))));
	}

	@Test
	void aMissingPageIsNotFoundInTheReadersLanguage() throws Exception {
		this.mvc.perform(get("/uk/rounds/no-such-round"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Сторінку не знайдено")));
	}

	@Test
	void countsTakeEachLanguagesPluralForms() {
		assertThat(Stream.of(1, 3, 5, 21, 6057).map((n) -> caption(n, "uk"))).containsExactly("1 раунд", "3 раунди",
				"5 раундів", "21 раунд", "6\u00a0057 раундів");
		assertThat(Stream.of(1, 3, 5, 21, 6057).map((n) -> caption(n, "ru"))).containsExactly("1 раунд", "3 раунда",
				"5 раундов", "21 раунд", "6\u00a0057 раундов");
		assertThat(Stream.of(1, 3, 6057).map((n) -> caption(n, "en"))).containsExactly("1 round", "3 rounds",
				"6,057 rounds");
	}

	@Test
	void theRoundsListCountsInTheReadersLanguage() throws Exception {
		this.mvc.perform(get("/uk/rounds")).andExpect(content().string(containsString("раунди, спершу найновіші")));
		this.mvc.perform(get("/ru/rounds")).andExpect(content().string(containsString("раунда, сначала самые новые")));
	}

	private String caption(int count, String language) {
		String caption = this.messages.getMessage("rounds.caption.NEWEST", new Object[] { count },
				Locale.forLanguageTag(language));
		return caption.substring(0, caption.indexOf(", "));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/rounds", "/rounds?status=held", ROUND_TWO, ROUND_TWO + "/releases",
			ROUND_TWO + "/releases/1", "/timeline", "/exchanges", "/memoranda", "/memoranda/russian-memorandum-2025-06",
			"/memoranda/compare?a=russian-memorandum-2025-06&b=ukrainian-memorandum-2025-06", "/search?q=Umerov",
			"/parties/russia", "/people/rustem-umerov", "/data" })
	void everyReaderPageIsShownInUkrainianAndRussian(String page) throws Exception {
		for (String language : new String[] { "uk", "ru" }) {
			this.mvc.perform(get("/" + language + page))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("<html lang=\"" + language + "\""),
						containsString("href=\"/language/en?page="))));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { ROUND_TWO + "/summary.md", ROUND_TWO + "/summary.json", ROUND_TWO + "/summary.csv",
			"/feed.atom", "/data/rounds.csv" })
	void downloadsLinkedFromTranslatedPagesAreThereToo(String download) throws Exception {
		this.mvc.perform(get("/uk" + download)).andExpect(status().isOk());
		this.mvc.perform(get("/ru" + download)).andExpect(status().isOk());
	}

}
