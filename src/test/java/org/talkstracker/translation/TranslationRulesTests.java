package org.talkstracker.translation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.talkstracker.translation.TranslationAdminTests.SUMMARY;
import static org.talkstracker.translation.TranslationAdminTests.UKRAINIAN;
import static org.talkstracker.translation.TranslationAdminTests.translation;

/**
 * The rules of translations that only the database knows, shown beside the field. Not run
 * in a test transaction: the refused write ends the editor's transaction, as it does in
 * production. A translation a test needs beforehand is committed and removed after it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "EDITOR")
class TranslationRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheTranslations() {
		this.jdbc.sql("delete from text_translation").update();
	}

	private void translateTheSummaryIntoUkrainian() {
		this.jdbc.sql("""
				insert into text_translation (round_id, field, language, text, translator, translated_at)
				select id, 'summary', 'uk', :text, 'Anna', now() from round where slug = 'istanbul-2025-06-02'
				""").param("text", UKRAINIAN).update();
	}

	@Test
	void aTranslationIntoTheLanguageTheTextIsWrittenInIsRefusedBesideTheLanguage() throws Exception {
		this.mvc.perform(translation(SUMMARY, "EN", "The same, in English.", "Anna"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "language",
					"constraint.text_translation_not_into_its_original"))
			.andExpect(content()
				.string(allOf(containsString("A text is not translated into the language it is written in."),
						containsString("The same, in English."))));
		assertThat(translations()).isZero();
	}

	@Test
	void aSecondTranslationIntoALanguageIsRefused() throws Exception {
		translateTheSummaryIntoUkrainian();

		this.mvc.perform(translation(SUMMARY, "UK", "Інший переклад.", "Petro"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "language",
					"constraint.text_translation_one_per_language"));
		assertThat(translations()).isOne();
	}

	@Test
	void aTextCannotBeSaidToBeWrittenInALanguageItIsTranslatedInto() throws Exception {
		translateTheSummaryIntoUkrainian();
		long version = this.jdbc.sql("select version from round where slug = 'istanbul-2025-06-02'")
			.query(Long.class)
			.single();

		this.mvc.perform(post(SUMMARY).with(csrf()).param("language", "UK").param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "language",
					"constraint.text_translation_not_into_its_original"));
		assertThat(this.jdbc.sql("select summary_language from round where slug = 'istanbul-2025-06-02'")
			.query(String.class)
			.single()).isEqualTo("en");
	}

	private long translations() {
		return this.jdbc.sql("select count(*) from text_translation").query(Long.class).single();
	}

}
