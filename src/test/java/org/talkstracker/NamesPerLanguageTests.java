package org.talkstracker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.DataFileWriter;
import org.talkstracker.datafile.InvalidDataFileException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Names in several languages and scripts (issue 18.2): people, parties, processes, a
 * round's city and venue and a memorandum's title have a name per language, one the
 * original; pages show the reader's language's name, else the original, else the English
 * one, marked with its language. Each test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class NamesPerLanguageTests {

	private static final String ROUND = "istanbul-2025-06-02";

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataFileImporter importer;

	@Autowired
	DataFileWriter writer;

	@Nested
	class Pages {

		@Test
		void theRoundPageInUkrainianNamesPeoplePartiesAndPlacesInUkrainian() throws Exception {
			NamesPerLanguageTests.this.mvc.perform(get("/uk/rounds/{slug}", ROUND))
				.andExpect(status().isOk())
				.andExpect(content()
					.string(allOf(containsString(">Рустем Умєров</a>"), containsString(">Володимир Мединський</a>"),
							containsString(">Україна</a>"), containsString("Прямі переговори Росії та України (2025)"),
							containsString("палац Чираган, Стамбул"),
							containsString(">Російський меморандум про умови завершення війни (червень 2025)</a>"),
							not(containsString(">Rustem Umerov</a>")))));
		}

		@Test
		void theRoundPageInRussianNamesThemInRussian() throws Exception {
			NamesPerLanguageTests.this.mvc.perform(get("/ru/rounds/{slug}", ROUND))
				.andExpect(status().isOk())
				.andExpect(content()
					.string(allOf(containsString(">Рустем Умеров</a>"), containsString(">Владимир Мединский</a>"),
							containsString(">Украина</a>"), containsString("дворец Чыраган, Стамбул"))));
		}

		@Test
		void theTotalsThePartiesReportNameThemInThePagesLanguage() throws Exception {
			for (String page : new String[] { "/uk/rounds/" + ROUND, "/uk/exchanges" }) {
				NamesPerLanguageTests.this.mvc.perform(get(page))
					.andExpect(content().string(allOf(containsString(">Отримувач: Україна; повідомляє: Росія</th>"),
							containsString(">Отримувач: Росія; повідомляє: Росія</th>"),
							not(containsString("Отримувач: Ukraine")))));
			}
			for (String page : new String[] { "/ru/rounds/" + ROUND, "/ru/exchanges" }) {
				NamesPerLanguageTests.this.mvc.perform(get(page))
					.andExpect(content().string(allOf(containsString(">Получатель: Украина; сообщает: Россия</th>"),
							not(containsString("Получатель: Ukraine")))));
			}
		}

		@Test
		void theEnglishPageKeepsTheEnglishNames() throws Exception {
			NamesPerLanguageTests.this.mvc.perform(get("/rounds/{slug}", ROUND))
				.andExpect(content().string(allOf(containsString(">Rustem Umerov</a>"),
						containsString("Çırağan Palace, Istanbul"), not(containsString("Умєров</a>")))));
		}

		@Test
		void aNameMissingInThePagesLanguageFallsBackToTheOriginalMarkedWithItsLanguage() throws Exception {
			NamesPerLanguageTests.this.jdbc.update("update person set name_uk = null where slug = 'vladimir-medinsky'");
			NamesPerLanguageTests.this.mvc.perform(get("/uk/rounds/{slug}", ROUND))
				.andExpect(content().string(containsString("lang=\"ru\">Владимир Мединский</a>")));
		}

		@Test
		void aNameWithoutAnOriginalInThePagesLanguageFallsBackToEnglish() throws Exception {
			NamesPerLanguageTests.this.jdbc.update(
					"update person set name_uk = null, name_ru = null, name_original = 'en' where slug = 'rustem-umerov'");
			NamesPerLanguageTests.this.mvc.perform(get("/ru/rounds/{slug}", ROUND))
				.andExpect(content().string(containsString("lang=\"en\">Rustem Umerov</a>")));
		}

		@Test
		void thePersonPageAndTheMemorandaListNameThemInThePagesLanguage() throws Exception {
			NamesPerLanguageTests.this.mvc.perform(get("/ru/people/rustem-umerov"))
				.andExpect(content()
					.string(allOf(containsString("<h1>Рустем Умеров</h1>"), containsString(">Украина</a>"))));
			NamesPerLanguageTests.this.mvc.perform(get("/uk/memoranda"))
				.andExpect(content().string(containsString(
						">Рамкова основа переговорів між Україною та Росією (український меморандум, червень 2025)</a>")));
		}

		@Test
		void theRoundsListAndTheHomePageNameProcessesAndPlacesInThePagesLanguage() throws Exception {
			NamesPerLanguageTests.this.mvc.perform(get("/uk/rounds"))
				.andExpect(content().string(allOf(containsString("палац Чираган, Стамбул"),
						containsString("Прямі переговори Росії та України (2025)"))));
			NamesPerLanguageTests.this.mvc.perform(get("/ru/"))
				.andExpect(content().string(containsString("Прямые переговоры России и Украины (2025)")));
		}

		/**
		 * The rounds list's filters name processes, parties and places in the page's
		 * language, in its alphabetical order, and still send the same values.
		 */
		@Test
		void theRoundsListsFiltersNameTheirChoicesInThePagesLanguage() throws Exception {
			String page = NamesPerLanguageTests.this.mvc.perform(get("/uk/rounds"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).containsPattern(
					"<option value=\"russia\">Росія</option>\\s*<option value=\"united-states\">Сполучені Штати</option>"
							+ "\\s*<option value=\"turkey\">Туреччина</option>\\s*<option value=\"ukraine\">Україна</option>")
				.contains("<option value=\"Istanbul\">Стамбул</option>",
						"<option value=\"russia-ukraine-direct-talks-2025\">Прямі переговори Росії та України (2025)</option>")
				.doesNotContain(">Ukraine</option>", ">Istanbul</option>");
			NamesPerLanguageTests.this.mvc
				.perform(get("/uk/rounds").param("party", "ukraine").param("venue", "Istanbul"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("палац Чираган, Стамбул"),
						containsString("<option value=\"ukraine\" selected=\"selected\">Україна</option>"))));
		}

		@Test
		void theTimelineNamesProcessesPlacesMemorandaAndAuthorsInThePagesLanguage() throws Exception {
			NamesPerLanguageTests.this.mvc.perform(get("/uk/timeline"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(">Раунд 2, Стамбул</a>"),
						containsString(">Російський меморандум про умови завершення війни (червень 2025)</a>"),
						containsString("передала сторона: Росія · "),
						containsString("<span>Прямі переговори Росії та України (2025)</span>"),
						containsString(">Прямі переговори Росії та України (2025)</option>"),
						not(containsString("Russia–Ukraine direct talks")),
						not(containsString("Russian memorandum on conditions")))));
			NamesPerLanguageTests.this.mvc.perform(get("/ru/timeline"))
				.andExpect(content().string(allOf(containsString("передала сторона: Россия · "),
						containsString(">Российский меморандум об условиях завершения войны (июнь 2025)</a>"))));
		}

		@Test
		void aTimelineNameMissingInThePagesLanguageIsTheOriginalMarkedWithItsLanguage() throws Exception {
			NamesPerLanguageTests.this.jdbc.update(
					"update memorandum set title_uk = null, title_original = 'ru' where slug = 'russian-memorandum-2025-06'");
			NamesPerLanguageTests.this.jdbc.update("update process set name_uk = null");
			NamesPerLanguageTests.this.mvc.perform(get("/uk/timeline"))
				.andExpect(content().string(allOf(
						containsString(
								"lang=\"ru\">Российский меморандум об условиях завершения войны (июнь 2025)</a>"),
						containsString("<span lang=\"en\">Russia–Ukraine direct talks (2025)</span>"))));
			NamesPerLanguageTests.this.mvc.perform(get("/timeline"))
				.andExpect(content().string(allOf(containsString(">Round 2, Istanbul</a>"),
						containsString("<span>Russia–Ukraine direct talks (2025)</span>"))));
		}

		@Test
		void theFeedAndTheCalendarNameProcessesAndPlacesInTheirLanguage() throws Exception {
			NamesPerLanguageTests.this.mvc.perform(get("/uk/feed.atom"))
				.andExpect(content().string(allOf(containsString("xml:lang=\"uk\""),
						containsString("Прямі переговори Росії та України (2025)"),
						containsString("палац Чираган, Стамбул"), not(containsString("Russia–Ukraine direct talks")))));
			String calendar = NamesPerLanguageTests.this.mvc.perform(get("/ru/rounds.ics"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8)
				.replace("\r\n ", "");
			assertThat(calendar)
				.contains("LOCATION:дворец Чыраган\\, Стамбул\r\n", "Прямые переговоры России и Украины (2025)")
				.doesNotContain("LOCATION:Çırağan");
			NamesPerLanguageTests.this.mvc.perform(get("/feed.atom"))
				.andExpect(content()
					.string(allOf(containsString("Çırağan Palace, Istanbul"), not(containsString("Стамбул")))));
		}

		@Test
		void theEnglishExportsKeepTheEnglishNames() throws Exception {
			NamesPerLanguageTests.this.mvc.perform(get("/rounds/{slug}/summary.md", ROUND))
				.andExpect(content().string(allOf(containsString("Rustem Umerov"), not(containsString("Умєров")))));
		}

	}

	@Nested
	@WithMockUser(roles = "EDITOR")
	class Forms {

		@Test
		void anEditorGivesAPersonsNamesInEveryLanguageWithTheOriginalMarked() throws Exception {
			NamesPerLanguageTests.this.mvc
				.perform(post("/admin/people/new").with(csrf())
					.param("slug", "andriy-yermak")
					.param("name", "Andriy Yermak")
					.param("nameUk", "Андрій Єрмак")
					.param("nameRu", "Андрей Ермак")
					.param("nameOriginal", "uk")
					.param("version", "0"))
				.andExpect(redirectedUrl("/admin/people"));
			assertThat(NamesPerLanguageTests.this.jdbc
				.queryForList("select name, name_uk, name_ru, name_original from person where slug = 'andriy-yermak'"))
				.singleElement()
				.satisfies((row) -> assertThat(row.values()).containsExactly("Andriy Yermak", "Андрій Єрмак",
						"Андрей Ермак", "uk"));
			NamesPerLanguageTests.this.mvc.perform(get("/admin/people/andriy-yermak/edit"))
				.andExpect(content().string(allOf(containsString("value=\"Андрій Єрмак\""),
						containsString("<option value=\"uk\" selected=\"selected\">Ukrainian</option>"))));
		}

		@Test
		void anOriginalNotGivenIsRefusedBesideTheField() throws Exception {
			NamesPerLanguageTests.this.mvc
				.perform(post("/admin/parties/new").with(csrf())
					.param("slug", "moldova")
					.param("name", "Moldova")
					.param("nameRu", "Молдавия")
					.param("nameOriginal", "uk")
					.param("kind", "STATE")
					.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("form", "nameOriginal"))
				.andExpect(content().string(containsString(
						"id=\"nameOriginal-error\">The original name is in a language the name is not given in")));
		}

		@Test
		void theRoundFormSavesTheCityAndVenueInEveryLanguage() throws Exception {
			String form = NamesPerLanguageTests.this.mvc.perform(get("/admin/rounds/{slug}/edit", ROUND))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(form).contains("value=\"палац Чираган\"", "value=\"дворец Чыраган\"", "value=\"Стамбул\"");
		}

		@Test
		void aMemorandumsTitleIsEditedInEveryLanguage() throws Exception {
			NamesPerLanguageTests.this.mvc.perform(get("/admin/memoranda/russian-memorandum-2025-06/edit"))
				.andExpect(content().string(allOf(containsString("name=\"titleUk\""),
						containsString("value=\"Российский меморандум об условиях завершения войны (июнь 2025)\""))));
		}

	}

	@Nested
	class DataFiles {

		@Test
		void theReferenceDataOfTheNewFormatGivesNamesInEveryLanguage() {
			assertThat(NamesPerLanguageTests.this.jdbc.queryForList(
					"select name_uk, name_ru, name_original from person where slug in ('rustem-umerov', 'vladimir-medinsky', 'serhiy-kyslytsya') order by slug"))
				.extracting((row) -> row.values().stream().map(String::valueOf).toList())
				.containsExactly(java.util.List.of("Рустем Умєров", "Рустем Умеров", "uk"),
						java.util.List.of("Сергій Кислиця", "Сергей Кислица", "uk"),
						java.util.List.of("Володимир Мединський", "Владимир Мединский", "ru"));
			assertThat(NamesPerLanguageTests.this.jdbc.queryForObject(
					"select venue_uk || ' / ' || venue_ru || ' / ' || city_uk from round where slug = ?", String.class,
					ROUND))
				.isEqualTo("палац Чираган / дворец Чыраган / Стамбул");
		}

		@Test
		void aFileOfTheFormerFormatStillImportsAndLeavesTheOtherNamesAsTheyAre() throws IOException {
			ObjectNode file = reference();
			file.put("format", "talks-tracker/1");
			withoutNames(file);
			((ObjectNode) file.get("people").get(0)).put("name", "Rustem Umerov (former format)");

			NamesPerLanguageTests.this.importer.importFile("former.json", stream(file));

			assertThat(NamesPerLanguageTests.this.jdbc
				.queryForList("select name, name_uk, name_ru from person where slug = 'rustem-umerov'")).singleElement()
				.satisfies((row) -> assertThat(row.values()).containsExactly("Rustem Umerov (former format)",
						"Рустем Умєров", "Рустем Умеров"));
		}

		@Test
		void aFileOfTheNewFormatChangesTheNamesInEveryLanguage() throws IOException {
			ObjectNode file = reference();
			ObjectNode names = (ObjectNode) file.get("parties").get(2).get("names");
			names.put("uk", "Туреччина (Türkiye)");
			names.put("original", "uk");

			NamesPerLanguageTests.this.importer.importFile("new.json", stream(file));

			assertThat(NamesPerLanguageTests.this.jdbc.queryForObject(
					"select name_uk || ' ' || name_original from party where slug = 'turkey'", String.class))
				.isEqualTo("Туреччина (Türkiye) uk");
		}

		@Test
		void aNameWhoseOriginalIsNotGivenIsRefusedWithItsPath() throws IOException {
			ObjectNode file = reference();
			((ObjectNode) file.get("people").get(0).get("names")).remove("uk");

			assertThatExceptionOfType(InvalidDataFileException.class)
				.isThrownBy(() -> NamesPerLanguageTests.this.importer.importFile("bad.json", stream(file)))
				.satisfies((refused) -> assertThat(refused.getMessage()).contains("$.people[0].names"));
		}

		@Test
		void aFileOfTheFormerFormatLeavesTranslationsAsTheyAreAndOneOfTheNewFormatSetsThem() throws IOException {
			NamesPerLanguageTests.this.jdbc.update("""
					insert into text_translation (round_id, field, language, text, translator, translated_at)
					select id, 'summary', 'uk', 'Друга зустріч делегацій.', 'Олена Коваль', now()
					from round where slug = 'istanbul-2025-06-02'""");
			ObjectNode former = reference();
			former.put("format", "talks-tracker/1");
			withoutNames(former);

			NamesPerLanguageTests.this.importer.importFile("former.json", stream(former));
			assertThat(translations()).isOne();

			NamesPerLanguageTests.this.importer.importFile("new.json", stream(reference()));
			assertThat(translations()).isZero();
		}

		@Test
		void aTranslationIntoItsTextsOwnLanguageIsRefusedWithItsPath() throws IOException {
			ObjectNode file = reference();
			ObjectNode round = (ObjectNode) file.get("processes").get(0).get("rounds").get(1);
			ObjectNode translation = NamesPerLanguageTests.this.json.createObjectNode()
				.put("language", "ru")
				.put("text", "Второй раунд.")
				.put("translator", "Anna")
				.put("translatedAt", "2026-12-01T10:00:00Z");
			round.putObject("texts")
				.putObject("summary")
				.put("language", "ru")
				.putArray("translations")
				.add(translation);

			assertThatExceptionOfType(InvalidDataFileException.class)
				.isThrownBy(() -> NamesPerLanguageTests.this.importer.importFile("bad.json", stream(file)))
				.satisfies((refused) -> assertThat(refused.getMessage())
					.contains("$.processes[0].rounds[1].texts.summary.translations[0].language")
					.contains("a text is not translated into the language it is written in ('ru')"));
			assertThat(translations()).isZero();
		}

		private long translations() {
			return NamesPerLanguageTests.this.jdbc.queryForObject("select count(*) from text_translation", Long.class);
		}

		@Test
		void theWriterWritesTheNewFormatWithTheNames() throws IOException {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			NamesPerLanguageTests.this.writer.write(DataFileWriter.Selection.everything(), out);
			JsonNode written = NamesPerLanguageTests.this.json.readTree(out.toString(StandardCharsets.UTF_8));

			assertThat(written.get("format").asString()).isEqualTo("talks-tracker/2");
			assertThat(written.toString()).contains(
					"\"name\":\"Rustem Umerov\",\"names\":{\"uk\":\"Рустем Умєров\",\"ru\":\"Рустем Умеров\",\"original\":\"uk\"}",
					"\"venueNames\":{\"uk\":\"палац Чираган\",\"ru\":\"дворец Чыраган\",\"original\":\"en\"}");
		}

		private ObjectNode reference() throws IOException {
			try (InputStream in = new ClassPathResource("datafile/reference/istanbul-2025.json").getInputStream()) {
				return (ObjectNode) NamesPerLanguageTests.this.json.readTree(in);
			}
		}

		private void withoutNames(JsonNode node) {
			if (node instanceof ObjectNode object) {
				object.remove(java.util.List.of("names", "cityNames", "venueNames", "titleNames"));
			}
			node.forEach(this::withoutNames);
		}

		private InputStream stream(JsonNode file) {
			return new ByteArrayInputStream(NamesPerLanguageTests.this.json.writeValueAsBytes(file));
		}

	}

	@Nested
	class Search {

		@Test
		void aPersonIsFoundByTheUkrainianAndTheRussianName() throws Exception {
			NamesPerLanguageTests.this.mvc.perform(get("/search").param("q", "Кислиця"))
				.andExpect(content().string(containsString("/people/serhiy-kyslytsya")));
			NamesPerLanguageTests.this.mvc.perform(get("/search").param("q", "Кислица"))
				.andExpect(content().string(containsString("/people/serhiy-kyslytsya")));
		}

		@Test
		void aPersonIsFoundByANameInAnotherLanguageThatSpellsNoEnglishOne() throws Exception {
			NamesPerLanguageTests.this.jdbc
				.update("update person set name_uk = 'Кітсон', name_ru = 'Китсонов' where slug = 'keith-kellogg'");
			NamesPerLanguageTests.this.mvc.perform(get("/search").param("q", "Кітсон"))
				.andExpect(content().string(containsString("/people/keith-kellogg")));
			NamesPerLanguageTests.this.mvc.perform(get("/search").param("q", "Китсонов"))
				.andExpect(content().string(containsString("/people/keith-kellogg")));
		}

	}

}
