package org.talkstracker.round;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.talkstracker.CommittingTest;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.InvalidDataFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A withdrawn round's address is retired for good: deleted, the round's withdrawal stays,
 * its address still answers 410 with the reason, and no other round may take its slug,
 * whether an editor, an import or SQL asks. The refused writes end their transaction, as
 * in production, so these tests commit ({@link CommittingTest}), under names no other
 * test uses.
 */
@CommittingTest
class RetiredAddressTests {

	static final RequestPostProcessor EDITOR = user("olena").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataFileImporter importer;

	/** A published round of a process of its own. */
	static InputStream roundFile(String process, String slug, int number) {
		return new ByteArrayInputStream("""
				{"format": "talks-tracker/1", "sources": [], "parties": [], "people": [],
				 "processes": [{"slug": "%s", "name": "Retired addresses", "parties": ["russia", "ukraine"],
				   "rounds": [{"slug": "%s", "number": %d, "status": "held", "published": true, "city": "Genève",
				     "heldOn": "2030-03-10", "sources": ["moscow-times-2025-06-02"]}]}]}
				""".formatted(process, slug, number).getBytes(StandardCharsets.UTF_8));
	}

	private void withdraw(String slug, String reason) throws Exception {
		this.mvc.perform(post("/admin/rounds/{slug}/withdraw", slug).with(EDITOR).with(csrf()).param("reason", reason))
			.andExpect(redirectedUrl("/admin/rounds/" + slug));
	}

	@Test
	void aDeletedWithdrawnRoundStillAnswers410AndItsSlugIsNeverGivenAgain() throws Exception {
		String slug = "retired-2030-03-10";
		this.importer.importFile("retired.json", roundFile("retired-process", slug, 1));
		this.mvc.perform(get("/rounds/{slug}", slug)).andExpect(status().isOk());

		withdraw(slug, "Recorded under the wrong process.");
		this.mvc.perform(get("/rounds/{slug}", slug))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Recorded under the wrong process.")));
		this.mvc.perform(post("/admin/rounds/{slug}/delete", slug).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/rounds"));

		assertThat(this.jdbc.sql("select count(*) from round where slug = ?").param(slug).query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("select round_id is null from round_withdrawal where round_slug = ?")
			.param(slug)
			.query(Boolean.class)
			.single()).isTrue();
		this.mvc.perform(get("/rounds/{slug}", slug))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Recorded under the wrong process.")));
		this.mvc.perform(get("/rounds/{slug}/summary.pdf", slug)).andExpect(status().isGone());
		this.mvc.perform(get("/api/v1/rounds/{slug}", slug)).andExpect(status().isGone());

		this.mvc
			.perform(post("/admin/rounds/new").with(EDITOR)
				.with(csrf())
				.param("process", "retired-process")
				.param("slug", slug)
				.param("number", "2")
				.param("status", "SCHEDULED")
				.param("heldOn", "2030-04-01")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "slug", "constraint.round_slug_retired"))
			.andExpect(content().string(allOf(containsString("This address was used by a withdrawn round"),
					containsString("value=\"" + slug + "\""))));

		assertThatExceptionOfType(InvalidDataFileException.class)
			.isThrownBy(() -> this.importer.importFile("again.json", roundFile("retired-process", slug, 3)))
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.path()).isEqualTo("$.processes[0].rounds[0].slug");
				assertThat(problem.message()).contains("was used by a withdrawn round");
			}));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("""
					insert into round (process_id, slug, number, status, held_on)
					select id, ?, 4, 'SCHEDULED', date '2030-05-01' from process where slug = 'retired-process'""")
				.param(slug)
				.update())
			.withMessageContaining("round_slug_retired");
		assertThat(this.jdbc.sql("select count(*) from round where slug = ?").param(slug).query(Long.class).single())
			.isZero();
	}

	@Test
	void aWithdrawnRoundKeepsItsAddress() throws Exception {
		String slug = "kept-2030-03-10";
		this.importer.importFile("kept.json", roundFile("kept-process", slug, 1));
		this.jdbc.sql("update round set slug = 'kept-renamed-before' where slug = ?").param(slug).update();
		this.jdbc.sql("update round set slug = ? where slug = 'kept-renamed-before'").param(slug).update();

		withdraw(slug, "Duplicate of another round.");

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.jdbc.sql("update round set slug = 'kept-renamed-after' where slug = ?").param(slug).update())
			.withMessageContaining("round_slug_retired");
		this.mvc.perform(get("/rounds/{slug}", slug))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Duplicate of another round.")));
	}

}
