package org.talkstracker.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
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

/**
 * Rules only the database knows, explained beside the field they concern. Not run in a
 * test transaction: a refused write ends the editor's transaction, as it does in
 * production, and nothing is committed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "EDITOR")
class DatabaseConstraintTests {

	static final String ROUND = "/admin/rounds/istanbul-2025-06-02";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSecondHeadOfDelegationIsRefusedBesideTheRole() throws Exception {
		this.mvc
			.perform(post(ROUND + "/delegations/ukraine/members/new").with(csrf())
				.param("person", "keith-kellogg")
				.param("role", "HEAD")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "constraint.delegation_at_most_one_head"))
			.andExpect(content().string(containsString("The delegation has a head already")));
	}

	@Test
	void anExchangeBetweenAPartyAndItselfIsRefusedBesideSideB() throws Exception {
		this.mvc
			.perform(post(ROUND + "/exchanges/new").with(csrf())
				.param("slug", "russia-with-itself")
				.param("sources", "moscow-times-2025-06-02")
				.param("kind", "BODIES")
				.param("sideA", "russia")
				.param("sideB", "russia")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sideB", "constraint.exchange_sides_differ"))
			.andExpect(content().string(containsString("The two sides must be different parties.")));
	}

	@Test
	void aTakenProposalSlugIsRefusedBesideTheSlug() throws Exception {
		this.mvc
			.perform(post(ROUND + "/proposals/new").with(csrf())
				.param("slug", "ukraine-third-meeting-in-june")
				.param("sources", "moscow-times-2025-06-02")
				.param("party", "ukraine")
				.param("category", "PROCEDURAL")
				.param("title", "Typed title")
				.param("status", "PROPOSED")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "slug", "constraint.proposal_slug_unique_in_round"))
			.andExpect(content().string(allOf(containsString("value=\"Typed title\""),
					containsString("This round has a proposal with this short name already."))));
	}

	/**
	 * A rule the schema checks only as the editor's transaction commits is explained
	 * beside its field too, the form kept as typed: here the only source of a new
	 * proposal on the published round 2 is taken away as it is written, by a trigger the
	 * test adds for the while (as if another write had removed it).
	 */
	@Test
	void aFactLeftWithoutASourceOnAPublishedRoundIsRefusedAtCommitBesideItsSources() throws Exception {
		this.jdbc.execute("""
				create function take_proposal_citation() returns trigger language plpgsql as $$
				begin delete from citation where id = NEW.id; return null; end $$""");
		this.jdbc.execute("""
				create trigger take_proposal_citation after insert on citation for each row
				when (NEW.proposal_id is not null) execute function take_proposal_citation()""");
		try {
			this.mvc
				.perform(post(ROUND + "/proposals/new").with(csrf())
					.param("slug", "source-taken")
					.param("sources", "moscow-times-2025-06-02")
					.param("party", "ukraine")
					.param("category", "PROCEDURAL")
					.param("title", "Typed title")
					.param("status", "PROPOSED")
					.param("releaseNote", "A proposal the test adds")
					.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "sources",
						"constraint.published_round_facts_cite_sources"))
				.andExpect(content().string(allOf(containsString("value=\"Typed title\""),
						containsString("This round is published: cite at least one source"))));
		}
		finally {
			this.jdbc.execute("drop trigger take_proposal_citation on citation");
			this.jdbc.execute("drop function take_proposal_citation()");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from proposal where slug = 'source-taken'", Integer.class))
			.isZero();
	}

	@Test
	void aMemorandumPublishedBeforeItWasDeliveredIsRefusedBesideThePublicationDate() throws Exception {
		this.mvc
			.perform(post("/admin/memoranda/new").with(csrf())
				.param("process", "russia-ukraine-direct-talks-2025")
				.param("slug", "backwards-memorandum")
				.param("title", "Backwards")
				.param("author", "russia")
				.param("deliveredOn", "2025-06-02")
				.param("deliveredPrecision", "DAY")
				.param("publishedOn", "2025-06-01")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "publishedOn",
					"constraint.memorandum_published_not_before_delivery"))
			.andExpect(content().string(containsString("A memorandum cannot be published before it was delivered.")));
	}

	@Test
	void aTakenSourceSlugIsRefusedBesideTheSlug() throws Exception {
		this.mvc
			.perform(post("/admin/sources/new").with(csrf())
				.param("slug", "moscow-times-2025-06-02")
				.param("publisher", "Someone")
				.param("title", "Something")
				.param("kind", "INDEPENDENT")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "slug", "constraint.source_slug_unique"));
	}

	@Test
	void takenSlugsOfPartiesPeopleAndProcessesAreRefusedBesideTheSlugKeepingWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/admin/parties/new").with(csrf())
				.param("slug", "ukraine")
				.param("name", "Another Ukraine")
				.param("kind", "STATE")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "slug", "constraint.party_slug_unique"))
			.andExpect(content().string(allOf(containsString("value=\"Another Ukraine\""),
					containsString("Another party has this short name."))));
		this.mvc
			.perform(post("/admin/people/new").with(csrf())
				.param("slug", "rustem-umerov")
				.param("name", "Rustem Umerov")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "slug", "constraint.person_slug_unique"));
		this.mvc
			.perform(post("/admin/processes/new").with(csrf())
				.param("slug", "russia-ukraine-direct-talks-2025")
				.param("name", "Again")
				.param("parties", "russia")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "slug", "constraint.process_slug_unique"));
	}

	@Test
	void aContextEventAnnouncedBeforeItHappenedIsRefusedBesideTheAnnouncement() throws Exception {
		this.mvc
			.perform(post("/admin/context-events/new").with(csrf())
				.param("process", "russia-ukraine-direct-talks-2025")
				.param("slug", "backwards-event")
				.param("title", "Backwards")
				.param("occurredOn", "2025-06-02")
				.param("occurredPrecision", "DAY")
				.param("announcedOn", "2025-06-01")
				.param("sources", "moscow-times-2025-06-02")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "announcedOn",
					"constraint.context_event_announced_not_before_occurring"))
			.andExpect(content().string(allOf(containsString("value=\"Backwards\""),
					containsString("An event cannot be announced before it happened."))));
		this.mvc
			.perform(post("/admin/context-events/new").with(csrf())
				.param("process", "russia-ukraine-direct-talks-2025")
				.param("slug", "operation-spiders-web")
				.param("title", "Again")
				.param("occurredOn", "2025-06-01")
				.param("occurredPrecision", "DAY")
				.param("sources", "moscow-times-2025-06-02")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "slug",
					"constraint.context_event_slug_unique_in_process"));
	}

}
