package org.talkstracker.translation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Editors say which language a text is written in and translate it; readers of each
 * language read the translation, told where it comes from, or the text as written, told
 * which language that is.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class TranslationAdminTests {

	static final String ROUND = "/rounds/istanbul-2025-06-02";

	static final String SUMMARY = "/admin/rounds/istanbul-2025-06-02/texts/summary";

	static final String OUTCOME = "/admin/rounds/istanbul-2025-06-02/texts/outcome";

	static final String UKRAINIAN = "Друга зустріч делегацій у палаці Чираган.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static MockHttpServletRequestBuilder translation(String text, String language, String text2, String translator) {
		return post(text + "/translations/new").with(csrf())
			.param("language", language)
			.param("text", text2)
			.param("translator", translator)
			.param("version", "0");
	}

	@Test
	void ukrainianReadersReadTheTranslationAndAreToldWhoTranslatedItFromEnglish() throws Exception {
		this.mvc.perform(translation(SUMMARY, "UK", UKRAINIAN, "Олена Коваль")).andExpect(redirectedUrl(SUMMARY));

		this.mvc.perform(get("/uk" + ROUND))
			.andExpect(content().string(allOf(containsString("<span lang=\"uk\">" + UKRAINIAN + "</span>"),
					containsString("(Переклад з англійської: Олена Коваль)"),
					not(containsString("Second meeting of the delegations")))));
		this.mvc.perform(get(ROUND))
			.andExpect(content()
				.string(allOf(containsString("Second meeting of the delegations"), not(containsString(UKRAINIAN)),
						not(containsString("Translated from")), not(containsString("Original in")))));
		this.mvc.perform(get("/ru" + ROUND))
			.andExpect(content().string(allOf(containsString("<span lang=\"en\">Second meeting of the delegations"),
					containsString("(Оригинал на английском)"), not(containsString(UKRAINIAN)))));
		this.mvc.perform(get(SUMMARY))
			.andExpect(content().string(allOf(containsString(UKRAINIAN), containsString("Олена Коваль"))));
	}

	@Test
	void aTextWrittenInRussianIsShownTranslatedToEnglishReadersAndAsWrittenToRussianOnes() throws Exception {
		long version = this.jdbc.sql("select version from round where slug = 'istanbul-2025-06-02'")
			.query(Long.class)
			.single();
		this.mvc.perform(post(OUTCOME).with(csrf()).param("language", "RU").param("version", String.valueOf(version)))
			.andExpect(redirectedUrl(OUTCOME));
		this.mvc.perform(translation(OUTCOME, "EN", "Agreed: an exchange of the badly wounded.", "Talks Desk"))
			.andExpect(redirectedUrl(OUTCOME));

		this.mvc.perform(get(ROUND))
			.andExpect(content()
				.string(allOf(containsString("<span lang=\"en\">Agreed: an exchange of the badly wounded.</span>"),
						containsString("(Translated from Russian by Talks Desk)"))));
		this.mvc.perform(get("/ru" + ROUND))
			.andExpect(content().string(allOf(containsString("<span lang=\"ru\">Agreement on an all-for-all exchange"),
					not(containsString("Agreed: an exchange")))));
		assertThat(this.jdbc.sql("select outcome_language from round where slug = 'istanbul-2025-06-02'")
			.query(String.class)
			.single()).isEqualTo("ru");
	}

	@Test
	void theMemorandumPageAndTheComparisonShowAClausesTranslationAsTheRoundPageDoes() throws Exception {
		String clause = "/admin/memoranda/russian-memorandum-2025-06/clauses/1/texts/text";
		this.mvc.perform(translation(clause, "UK", "Розділ 1: Україна визнає Крим російським.", "Олена Коваль"))
			.andExpect(redirectedUrl(clause));
		String translated = "<span lang=\"uk\">Розділ 1: Україна визнає Крим російським.</span> "
				+ "<small class=\"text-origin\">(Переклад з англійської: Олена Коваль)</small>";

		this.mvc.perform(get("/uk/memoranda/russian-memorandum-2025-06"))
			.andExpect(content().string(allOf(containsString(translated),
					containsString("<span lang=\"en\">Section 1, final settlement"),
					containsString("(Оригінал англійською)"), not(containsString("Ukraine to recognise Crimea")))));
		this.mvc
			.perform(get("/uk/memoranda/compare").param("a", "russian-memorandum-2025-06")
				.param("b", "ukrainian-memorandum-2025-06"))
			.andExpect(content()
				.string(allOf(containsString(translated), containsString("<span lang=\"en\">A full ceasefire on land"),
						containsString("(Оригінал англійською)"), not(containsString("Ukraine to recognise Crimea")))));
		this.mvc.perform(get("/memoranda/russian-memorandum-2025-06"))
			.andExpect(content().string(allOf(containsString("<span lang=\"en\">Section 1, final settlement"),
					not(containsString("Original in")), not(containsString("Розділ 1")))));
	}

	@Test
	void thePersonAndPartyPagesShowStatementsAndProposalsAsTheRoundPageDoes() throws Exception {
		this.mvc
			.perform(translation(
					"/admin/statements/russia-ukraine-direct-talks-2025/umerov-key-issues-leaders-level/texts/quote",
					"RU", "можно решить только на уровне лидеров", "Anna"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(
					translation("/admin/rounds/istanbul-2025-06-02/proposals/ukraine-third-meeting-in-june/texts/title",
							"RU", "Третий раунд переговоров в конце июня", "Anna"))
			.andExpect(status().is3xxRedirection());
		this.jdbc.sql("update statement set text_language = 'ru' where slug = 'medinsky-disputes-children-claims'")
			.update();

		this.mvc.perform(get("/ru/people/rustem-umerov"))
			.andExpect(content().string(allOf(
					containsString("<span lang=\"ru\">“можно решить только на уровне лидеров”</span> "
							+ "<small class=\"text-origin\">(Перевод с английского: Anna)</small>"),
					containsString("<span lang=\"en\">Umerov said the key questions"),
					containsString("(Оригинал на английском)"),
					containsString("<span lang=\"ru\">Medinsky rejected Ukrainian claims"))));
		this.mvc.perform(get("/people/rustem-umerov"))
			.andExpect(content()
				.string(allOf(containsString("<span lang=\"en\">“can be resolved only at the level of leaders”</span>"),
						containsString("<span lang=\"ru\">Medinsky rejected Ukrainian claims"),
						containsString("(Original in Russian)"), not(containsString("уровне лидеров")))));
		this.mvc.perform(get("/ru/parties/ukraine"))
			.andExpect(content().string(allOf(
					containsString("<span lang=\"ru\">Третий раунд переговоров в конце июня</span> "
							+ "<small class=\"text-origin\">(Перевод с английского: Anna)</small>"),
					containsString("<span lang=\"en\">Return of children Ukraine lists"))));
	}

	@Test
	void aBlankTranslationOrTranslatorIsRefusedAndNothingIsStored() throws Exception {
		this.mvc.perform(translation(SUMMARY, "", " ", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "language", "text", "translator"))
			.andExpect(content().string(containsString("Fill in this field.")));
		assertThat(translations()).isZero();
	}

	@Test
	void anEditorChangesATranslationThenRemovesIt() throws Exception {
		this.mvc.perform(translation(SUMMARY, "RU", "Вторая встреча.", "Anna")).andExpect(redirectedUrl(SUMMARY));
		this.mvc.perform(get(SUMMARY + "/translations/ru"))
			.andExpect(content().string(allOf(containsString("Вторая встреча."), containsString("value=\"Anna\""))));

		this.mvc
			.perform(post(SUMMARY + "/translations/ru").with(csrf())
				.param("language", "RU")
				.param("text", "Вторая встреча делегаций.")
				.param("translator", "Anna Petrenko")
				.param("version", "0"))
			.andExpect(redirectedUrl(SUMMARY));
		this.mvc.perform(get("/ru" + ROUND))
			.andExpect(content().string(allOf(containsString("Вторая встреча делегаций."),
					containsString("(Перевод с английского: Anna Petrenko)"))));

		this.mvc.perform(post(SUMMARY + "/translations/ru/delete").with(csrf())).andExpect(redirectedUrl(SUMMARY));
		assertThat(translations()).isZero();
		this.mvc.perform(get("/ru" + ROUND))
			.andExpect(content().string(not(containsString("Вторая встреча делегаций."))));
	}

	@Test
	void aTranslationEditedFromAnOldVersionGetsTheConflictPage() throws Exception {
		this.mvc.perform(translation(SUMMARY, "RU", "Вторая встреча.", "Anna")).andExpect(redirectedUrl(SUMMARY));
		this.mvc
			.perform(post(SUMMARY + "/translations/ru").with(csrf())
				.param("language", "RU")
				.param("text", "Первая правка.")
				.param("translator", "Anna")
				.param("version", "0"))
			.andExpect(redirectedUrl(SUMMARY));

		this.mvc
			.perform(post(SUMMARY + "/translations/ru").with(csrf())
				.param("language", "RU")
				.param("text", "Вторая правка.")
				.param("translator", "Petro")
				.param("version", "0"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.sql("select text from text_translation").query(String.class).single())
			.isEqualTo("Первая правка.");
	}

	@Test
	void everyTextOfAFactHasItsPageLinkedFromTheFactsForm() throws Exception {
		this.mvc.perform(get("/admin/rounds/istanbul-2025-06-02/edit"))
			.andExpect(content().string(allOf(containsString("href=\"" + SUMMARY + "\""),
					containsString("href=\"/admin/rounds/istanbul-2025-06-02/texts/next_steps\""))));
		this.mvc.perform(get("/admin/rounds/new")).andExpect(content().string(not(containsString("/texts/"))));
		this.mvc.perform(get("/admin/memoranda/russian-memorandum-2025-06/clauses/1/edit"))
			.andExpect(content()
				.string(containsString("href=\"/admin/memoranda/russian-memorandum-2025-06/clauses/1/texts/text\"")));
		this.mvc.perform(get("/admin/memoranda/russian-memorandum-2025-06/clauses/1/texts/text"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"en\"")));
	}

	@Test
	void aTextAFactDoesNotHaveIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/rounds/istanbul-2025-06-02/texts/venue")).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/rounds/no-such-round/texts/summary")).andExpect(status().isNotFound());
		this.mvc.perform(get(SUMMARY + "/translations/uk")).andExpect(status().isNotFound());
	}

	private long translations() {
		return this.jdbc.sql("select count(*) from text_translation").query(Long.class).single();
	}

}
