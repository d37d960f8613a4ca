package org.talkstracker.round;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;
import org.talkstracker.SqlStatements;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Editors' round pages, against the reference data; every test's changes are rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(username = "olena", roles = "EDITOR")
class RoundAdminTests {

	static final String ROUND_TWO = "istanbul-2025-06-02";

	static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	RoundRepository rounds;

	static MockHttpServletRequestBuilder newRound(String slug, String number) {
		return post("/admin/rounds/new").with(csrf())
			.param("process", "russia-ukraine-direct-talks-2025")
			.param("slug", slug)
			.param("number", number)
			.param("status", "SCHEDULED")
			.param("heldOn", "2025-07-23")
			.param("city", "Istanbul")
			.param("version", "0");
	}

	static MockHttpServletRequestBuilder edit(String slug, long version) {
		return edit(slug, 2, version);
	}

	static MockHttpServletRequestBuilder edit(String slug, int number, long version) {
		return post("/admin/rounds/{slug}/edit", slug).with(csrf())
			.param("process", "russia-ukraine-direct-talks-2025")
			.param("slug", slug)
			.param("number", String.valueOf(number))
			.param("status", "HELD")
			.param("heldOn", "2025-06-02")
			.param("city", "Istanbul")
			.param("durationMinutes", "60")
			.param("durationPrecision", "AT_LEAST")
			.param("sources", "moscow-times-2025-06-02")
			.param("version", String.valueOf(version));
	}

	long versionOf(String slug) {
		return this.rounds.findBySlug(slug).orElseThrow().getVersion();
	}

	@Test
	void theListShowsEveryRoundWithItsState() throws Exception {
		this.mvc.perform(get("/admin/rounds"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/admin/rounds/istanbul-2025-06-02\""),
					containsString("Published"), containsString("New round"))));
	}

	@Test
	void theFormOffersProcessesAndSourcesFromListsAndCarriesACsrfToken() throws Exception {
		this.mvc.perform(get("/admin/rounds/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"russia-ukraine-direct-talks-2025\""),
					containsString("value=\"moscow-times-2025-06-02\" id=\"sources"), containsString("name=\"_csrf\""),
					containsString("<label for=\"heldOn\">Date</label>"))));
	}

	@Test
	void aNewRoundsFormStartsAsHeldWithNothingElseFilledIn() throws Exception {
		this.mvc.perform(get("/admin/rounds/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"HELD\" selected=\"selected\""),
					not(containsString("selected=\"selected\">Russia")), containsString("name=\"venue\" value=\"\""))));
	}

	@Test
	void aNewRoundIsADraftReadersDoNotSee() throws Exception {
		this.mvc.perform(newRound("istanbul-round-4", "4"))
			.andExpect(redirectedUrl("/admin/rounds/istanbul-round-4"))
			.andExpect(flash().attribute("notice", "admin.round.created"));

		assertThat(this.rounds.findBySlug("istanbul-round-4")).hasValueSatisfying((round) -> {
			assertThat(round.isPublished()).isFalse();
			assertThat(round.getNumber()).isEqualTo(4);
		});
		this.mvc.perform(get("/rounds/istanbul-round-4")).andExpect(status().isNotFound());
		this.mvc.perform(get("/rounds")).andExpect(content().string(not(containsString("istanbul-round-4"))));
		this.mvc.perform(get("/admin/rounds/istanbul-round-4"))
			.andExpect(content().string(allOf(containsString("Draft: readers do not see this round"),
					containsString("Cite a source for these before publishing"))));
	}

	@Test
	void aRejectedFormKeepsWhatWasTypedWithMessagesBesideTheFields() throws Exception {
		this.mvc
			.perform(post("/admin/rounds/new").with(csrf())
				.param("process", "russia-ukraine-direct-talks-2025")
				.param("slug", "Not A Slug")
				.param("number", "three")
				.param("status", "HELD")
				.param("heldOn", "")
				.param("venue", "Ciragan Palace")
				.param("durationMinutes", "70")
				.param("summary", "Typed with care")
				.param("sources", "moscow-times-2025-06-02")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name("round/admin/form"))
			.andExpect(model().attributeHasFieldErrors("form", "slug", "number", "heldOn", "durationPrecision"))
			.andExpect(content().string(allOf(containsString("value=\"Not A Slug\""), containsString("value=\"three\""),
					containsString("Enter a whole number."),
					containsString("Use lower-case letters, digits and hyphens"),
					containsString("value=\"Ciragan Palace\""), containsString("Typed with care"),
					containsString(
							"value=\"moscow-times-2025-06-02\" id=\"sources1\" name=\"sources\" checked=\"checked\""),
					containsString("Give both the length and how exactly it is known, or neither."),
					containsString("aria-invalid=\"true\""))));
		assertThat(this.rounds.findBySlug("Not A Slug")).isEmpty();
	}

	@Test
	void anUnknownChoiceIsRefusedBesideItsField() throws Exception {
		this.mvc.perform(newRound("istanbul-round-4", "4").param("sources", "no-such-source"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "sources", "admin.form.unknownChoice"));
	}

	@Test
	void anEditorEditsARoundFromItsCurrentVersion() throws Exception {
		long version = versionOf(ROUND_TWO);
		this.mvc.perform(get("/admin/rounds/{slug}/edit", ROUND_TWO))
			.andExpect(content().string(allOf(containsString("name=\"version\" value=\"" + version + "\""),
					containsString("value=\"Istanbul\""))));

		this.mvc.perform(edit(ROUND_TWO, version).param("venue", "Ciragan Palace"))
			.andExpect(redirectedUrl("/admin/rounds/" + ROUND_TWO))
			.andExpect(flash().attribute("notice", "admin.saved"));

		this.mvc.perform(get("/rounds/{slug}", ROUND_TWO))
			.andExpect(content().string(containsString("Ciragan Palace, Istanbul")));
	}

	@Test
	void theSecondOfTwoEditsFromTheSameVersionGetsTheConflictPageAndTheFirstSurvives() throws Exception {
		long version = versionOf(ROUND_TWO);

		this.mvc.perform(edit(ROUND_TWO, version).param("venue", "Ciragan Palace"))
			.andExpect(redirectedUrl("/admin/rounds/" + ROUND_TWO));
		this.mvc.perform(edit(ROUND_TWO, version).param("venue", "Dolmabahce Palace"))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/409"))
			.andExpect(content().string(allOf(containsString("Nothing was saved"), containsString("Stored now"),
					containsString("<td>Ciragan Palace</td>"), containsString("<td>Dolmabahce Palace</td>"),
					containsString("<th scope=\"row\">Venue</th>"),
					containsString("href=\"/admin/rounds/istanbul-2025-06-02/edit\""))));

		assertThat(this.rounds.findBySlug(ROUND_TWO).orElseThrow().getVenue()).isEqualTo("Ciragan Palace");
	}

	@Test
	void whenTwoEditorsChangeDifferentFieldsTheSecondAppliesTheirChangesToTheNewerVersionInOneClick() throws Exception {
		MultiValueMap<String, String> opened = openedForm(ROUND_TWO);

		this.mvc.perform(submit(ROUND_TWO, opened, "venue", "Ciragan Palace"))
			.andExpect(redirectedUrl("/admin/rounds/" + ROUND_TWO));
		String conflict = this.mvc.perform(submit(ROUND_TWO, opened, "summary", "Both sides met for an hour."))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Apply my changes to the newer version"),
					containsString("<td>the other editor</td>"), containsString("<td>you</td>"))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		this.mvc
			.perform(post("/admin/rounds/{slug}/edit", ROUND_TWO).with(csrf())
				.params(hiddenInputs(conflict, "conflict-reapply")))
			.andExpect(redirectedUrl("/admin/rounds/" + ROUND_TWO));

		Round round = this.rounds.findBySlug(ROUND_TWO).orElseThrow();
		assertThat(round.getVenue()).isEqualTo("Ciragan Palace");
		assertThat(round.getSummary()).isEqualTo("Both sides met for an hour.");
	}

	@Test
	void whenTwoEditorsChangeTheSameFieldTheConflictPageShowsBothInReadersWordsAndAppliesNothing() throws Exception {
		MultiValueMap<String, String> opened = openedForm(ROUND_TWO);

		this.mvc.perform(submit(ROUND_TWO, opened, "venue", "Ciragan Palace"))
			.andExpect(redirectedUrl("/admin/rounds/" + ROUND_TWO));
		this.mvc.perform(submit(ROUND_TWO, opened, "venue", "Dolmabahce Palace"))
			.andExpect(status().isConflict())
			.andExpect(content()
				.string(allOf(containsString("<td>Ciragan Palace</td>"), containsString("<td>Dolmabahce Palace</td>"),
						containsString("<td>both of you</td>"), containsString("<li>Venue</li>"),
						containsString("<td>Held</td>"), containsString("<td>Russia–Ukraine direct talks (2025)</td>"),
						containsString("<td>2 June 2025</td>"), not(containsString(">HELD<")),
						not(containsString("Apply my changes to the newer version")))));

		assertThat(this.rounds.findBySlug(ROUND_TWO).orElseThrow().getVenue()).isEqualTo("Ciragan Palace");
	}

	/** The round's edit form as an editor opens it: each value it shows, by parameter. */
	MultiValueMap<String, String> openedForm(String slug) throws Exception {
		String page = this.mvc.perform(get("/admin/rounds/{slug}/edit", slug))
			.andReturn()
			.getResponse()
			.getContentAsString();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		hiddenInputs(page, "admin-form").forEach((name, values) -> {
			form.put(name, values);
			if (name.startsWith("opened.")) {
				form.put(name.substring("opened.".length()), values);
			}
		});
		return form;
	}

	/** The form as opened, with one field changed. */
	static MockHttpServletRequestBuilder submit(String slug, MultiValueMap<String, String> opened, String field,
			String value) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>(opened);
		form.put(field, List.of(value));
		return post("/admin/rounds/{slug}/edit", slug).with(csrf()).params(form);
	}

	/**
	 * The hidden inputs of the page's form of the given class, as the browser sends them.
	 */
	static MultiValueMap<String, String> hiddenInputs(String page, String formClass) {
		int start = page.indexOf("class=\"" + formClass + "\"");
		String form = page.substring(start, page.indexOf("</form>", start));
		MultiValueMap<String, String> inputs = new LinkedMultiValueMap<>();
		Matcher input = Pattern
			.compile("<input type=\"hidden\"(?: id=\"[^\"]*\")? name=\"([^\"]+)\" value=\"([^\"]*)\"")
			.matcher(form);
		while (input.find()) {
			if (!input.group(1).equals("_csrf")) {
				inputs.add(input.group(1), HtmlUtils.htmlUnescape(input.group(2)));
			}
		}
		return inputs;
	}

	@Test
	void aScriptTypedIntoTextFieldsShowsAsTextOnEveryPage() throws Exception {
		this.mvc
			.perform(edit(ROUND_TWO, versionOf(ROUND_TWO)).param("city", SCRIPT)
				.param("venue", SCRIPT)
				.param("summary", SCRIPT)
				.param("outcome", SCRIPT)
				.param("nextSteps", SCRIPT))
			.andExpect(redirectedUrl("/admin/rounds/" + ROUND_TWO));

		for (String page : new String[] { "/rounds/" + ROUND_TWO, "/admin/rounds/" + ROUND_TWO,
				"/admin/rounds/" + ROUND_TWO + "/preview", "/admin/rounds/" + ROUND_TWO + "/edit", "/admin/rounds",
				"/rounds" }) {
			this.mvc.perform(get(page))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("<script>")),
						containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))));
		}
	}

	@Test
	void publishingIsRefusedWhileAFactLacksASourceThenTheRoundIsPublished() throws Exception {
		this.mvc.perform(newRound("istanbul-round-4", "4")).andExpect(status().is3xxRedirection());

		this.mvc.perform(post("/admin/rounds/istanbul-round-4/publish").with(csrf()))
			.andExpect(redirectedUrl("/admin/rounds/istanbul-round-4"))
			.andExpect(flash().attribute("problem", "admin.round.publishRefused"));
		assertThat(this.rounds.findBySlug("istanbul-round-4").orElseThrow().isPublished()).isFalse();

		this.mvc.perform(edit("istanbul-round-4", 4, 0)).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/rounds/istanbul-round-4/publish").with(csrf()))
			.andExpect(flash().attribute("notice", "admin.round.published"));
		this.mvc.perform(get("/rounds/istanbul-round-4")).andExpect(status().isOk());
	}

	@Test
	void publishingNamesEveryFactOfTheRoundThatLacksASource() throws Exception {
		this.mvc.perform(post("/admin/rounds/{slug}/withdraw", ROUND_TWO).with(csrf()).param("reason", "To be sourced"))
			.andExpect(flash().attribute("notice", "admin.round.withdrawn"));
		this.mvc
			.perform(post("/admin/rounds/{slug}/proposals/new", ROUND_TWO).with(csrf())
				.param("slug", "unsourced")
				.param("party", "russia")
				.param("category", "POLITICAL")
				.param("title", "An unsourced proposal")
				.param("status", "PROPOSED")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(post("/admin/rounds/{slug}/publish", ROUND_TWO).with(csrf()))
			.andExpect(flash().attribute("problem", "admin.round.publishRefused"));
		this.mvc.perform(get("/admin/rounds/{slug}", ROUND_TWO))
			.andExpect(content().string(allOf(containsString("Cite a source for these before publishing"),
					containsString("<span>proposal</span>: An unsourced proposal"))));
		this.mvc.perform(get("/rounds/{slug}", ROUND_TWO)).andExpect(status().isGone());
		this.mvc.perform(get("/")).andExpect(content().string(not(containsString("/rounds/" + ROUND_TWO))));
	}

	@Test
	void aWithdrawnRoundDisappearsForReadersButEditorsPreviewIt() throws Exception {
		this.mvc
			.perform(post("/admin/rounds/istanbul-2025-05-16/withdraw").with(csrf())
				.param("reason", "Its delegations are being checked again."))
			.andExpect(flash().attribute("notice", "admin.round.withdrawn"));

		this.mvc.perform(get("/rounds/istanbul-2025-05-16")).andExpect(status().isGone());
		this.mvc.perform(get("/admin/rounds/istanbul-2025-05-16/preview"))
			.andExpect(status().isOk())
			.andExpect(view().name("round/show"))
			.andExpect(content().string(containsString("Round 1, Istanbul")));
	}

	@Test
	void aRoundWithMemorandaAndStatementsCannotBeDeletedAndTheyAreNamed() throws Exception {
		this.mvc.perform(get("/admin/rounds/{slug}/delete", ROUND_TWO))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("cannot be deleted"),
					containsString("Russian memorandum on conditions for ending the war (June 2025)"),
					containsString("umerov-children-list"), not(containsString(">Delete</button>")))));
		this.mvc.perform(post("/admin/rounds/{slug}/delete", ROUND_TWO).with(csrf())).andExpect(status().isConflict());

		assertThat(this.rounds.findBySlug(ROUND_TWO)).isPresent();
	}

	@Test
	void aRoundIsDeletedAfterConfirmationWithItsOwnFacts() throws Exception {
		this.mvc.perform(newRound("istanbul-round-4", "4")).andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/admin/rounds/istanbul-round-4/delete"))
			.andExpect(content().string(containsString(">Delete</button>")));
		this.mvc.perform(post("/admin/rounds/istanbul-round-4/delete").with(csrf()))
			.andExpect(redirectedUrl("/admin/rounds"))
			.andExpect(flash().attribute("notice", "admin.deleted"));

		assertThat(this.rounds.findBySlug("istanbul-round-4")).isEmpty();
	}

	@Test
	void anUnknownRoundIsA404() throws Exception {
		this.mvc.perform(get("/admin/rounds/no-such-round")).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/rounds/no-such-round/edit")).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/rounds/no-such-round/publish").with(csrf())).andExpect(status().isNotFound());
	}

	@Nested
	class GeneratedData {

		@Autowired
		DataFileImporter importer;

		@Test
		void theRoundsEditingPageRunsAFixedNumberOfStatements() throws Exception {
			this.importer.importFile("small", GeneratedRounds.process("small", 1, false));
			this.importer.importFile("large", GeneratedRounds.process("large", 25, false));
			SqlStatements statements = new SqlStatements();

			long small = statements.countWhile(() -> RoundAdminTests.this.mvc.perform(get("/admin/rounds/small-round"))
				.andExpect(content().string(containsString("Proposal 1"))));
			long large = statements.countWhile(() -> RoundAdminTests.this.mvc.perform(get("/admin/rounds/large-round"))
				.andExpect(content().string(containsString("Proposal 25"))));

			assertThat(small).isEqualTo(large);
		}

	}

}
