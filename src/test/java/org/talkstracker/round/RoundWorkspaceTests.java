package org.talkstracker.round;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
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
 * A round's workspace: its short forms add several facts of a kind in one submission, all
 * or none, with what was refused beside the row's field. Against the reference data, on a
 * new draft round; rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class RoundWorkspaceTests {

	static final String ROUND = "/admin/rounds/istanbul-round-4";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void draftRound() throws Exception {
		this.mvc.perform(RoundAdminTests.newRound("istanbul-round-4", "4")).andExpect(redirectedUrl(ROUND));
	}

	@Test
	void theWorkspaceOffersAShortFormForEachKindOfFact() throws Exception {
		this.mvc.perform(get(ROUND))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("action=\"" + ROUND + "/workspace/sources\""),
					containsString("action=\"" + ROUND + "/workspace/delegations\""),
					containsString("action=\"" + ROUND + "/workspace/third-parties\""),
					containsString("action=\"" + ROUND + "/workspace/proposals\""),
					containsString("action=\"" + ROUND + "/workspace/exchanges\""),
					containsString("action=\"" + ROUND + "/workspace/handovers\""),
					containsString("name=\"sides[1].people[4].name\""),
					containsString("<option value=\"istanbul-2025-06-02/bodies-6000-each\""))));
	}

	@Test
	void sourcesAreAddedAndCitedByTheRoundInOneSubmission() throws Exception {
		this.mvc
			.perform(post(ROUND + "/workspace/sources").with(csrf())
				.param("reports[0].publisher", "TASS")
				.param("reports[0].title", "Third round of talks in Istanbul")
				.param("reports[0].url", "https://tass.com/politics/1993460")
				.param("reports[0].publishedOn", "2025-07-23")
				.param("reports[0].kind", "STATE_MEDIA")
				.param("reports[1].publisher", "Anadolu Agency")
				.param("reports[1].title", "Report of the third round")
				.param("reports[1].kind", "INDEPENDENT")
				.param("reports[2].kind", "INDEPENDENT"))
			.andExpect(redirectedUrl(ROUND + "#sources"));

		assertThat(this.jdbc.queryForList("""
				select s.slug from citation c join source s on s.id = c.source_id join round r on r.id = c.round_id
				where r.slug = 'istanbul-round-4' order by c.position""", String.class))
			.containsExactly("tass-third-round-of-talks-in-istanbul", "anadolu-agency-report-of-the-third-round");
	}

	/**
	 * A report stored already, its address written another way, is cited as it is, not
	 * copied.
	 */
	@Test
	void aStoredReportTypedAgainIsCitedNotCopied() throws Exception {
		int sources = count("source");
		String stored = this.jdbc.queryForObject(
				"select url from source where slug = 'ukrainska-pravda-2025-05-14-russian-delegation'", String.class);

		this.mvc
			.perform(post(ROUND + "/workspace/sources").with(csrf())
				.param("reports[0].publisher", "Ukrainska Pravda")
				.param("reports[0].title", "Typed again")
				.param("reports[0].url", stored.replace("https://www.", "http://") + "#top")
				.param("reports[0].publishedOn", "2025-05-14")
				.param("reports[0].kind", "INDEPENDENT"))
			.andExpect(redirectedUrl(ROUND + "#sources"));

		assertThat(count("source")).isEqualTo(sources);
		assertThat(this.jdbc.queryForList("""
				select s.slug from citation c join source s on s.id = c.source_id join round r on r.id = c.round_id
				where r.slug = 'istanbul-round-4' order by c.position""", String.class))
			.containsExactly("ukrainska-pravda-2025-05-14-russian-delegation");
	}

	@Test
	void aBadRowShowsItsErrorAtItsFieldsAndSavesNothing() throws Exception {
		int sources = count("source");
		this.mvc
			.perform(post(ROUND + "/workspace/sources").with(csrf())
				.param("reports[0].publisher", "TASS")
				.param("reports[0].title", "Third round of talks in Istanbul")
				.param("reports[0].kind", "STATE_MEDIA")
				.param("reports[1].publisher", "Meduza")
				.param("reports[1].url", "not an address")
				.param("reports[1].kind", "INDEPENDENT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "reports[1].title", "reports[1].url"))
			.andExpect(content().string(allOf(containsString("id=\"reports1.title-error\""),
					containsString("value=\"TASS\""), containsString("value=\"not an address\""))));
		assertThat(count("source")).isEqualTo(sources);
	}

	@Test
	void bothDelegationsWithTheirHeadsAndNewPeopleAreAddedInOneSubmission() throws Exception {
		this.mvc
			.perform(post(ROUND + "/workspace/delegations").with(csrf())
				.param("sides[0].party", "ukraine")
				.param("sides[0].people[0].name", "Rustem Umerov")
				.param("sides[0].people[0].title", "Secretary of the National Security and Defence Council")
				.param("sides[0].people[0].role", "HEAD")
				.param("sides[0].people[1].name", "Oleksandr Poklad")
				.param("sides[0].people[1].role", "MEMBER")
				.param("sides[0].people[2].role", "MEMBER")
				.param("sides[1].party", "russia")
				.param("sides[1].people[0].name", "vladimir medinsky")
				.param("sides[1].people[0].role", "HEAD"))
			.andExpect(redirectedUrl(ROUND + "#delegations"));

		assertThat(members()).containsExactly("oleksandr-poklad:MEMBER", "rustem-umerov:HEAD",
				"vladimir-medinsky:HEAD");
	}

	@Test
	void aPersonTypedInAnotherSpellingOrScriptIsThePersonAlreadyKnown() throws Exception {
		int people = count("person");
		this.mvc
			.perform(post(ROUND + "/workspace/delegations").with(csrf())
				.param("sides[0].party", "ukraine")
				.param("sides[0].people[0].name", "Rustem Umierov")
				.param("sides[0].people[0].role", "HEAD")
				.param("sides[0].people[1].name", "Кислиця Сергій")
				.param("sides[0].people[1].role", "MEMBER")
				.param("sides[1].party", "russia")
				.param("sides[1].people[0].name", "Владимир Мединский")
				.param("sides[1].people[0].role", "HEAD"))
			.andExpect(redirectedUrl(ROUND + "#delegations"));

		assertThat(members()).containsExactly("rustem-umerov:HEAD", "serhiy-kyslytsya:MEMBER",
				"vladimir-medinsky:HEAD");
		assertThat(count("person")).isEqualTo(people);
	}

	@Test
	void aNameThatNamesTwoPeopleIsRefusedUntilTheEditorChoosesOne() throws Exception {
		this.mvc
			.perform(post("/admin/people/new").with(csrf())
				.param("slug", "rustem-umyerov")
				.param("name", "Rustem Umyerov")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/people"));
		int people = count("person");

		this.mvc
			.perform(post(ROUND + "/workspace/delegations").with(csrf())
				.param("sides[0].party", "ukraine")
				.param("sides[0].people[0].name", "Rustem Umerov")
				.param("sides[0].people[0].role", "HEAD"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "sides[0].people[0].name"))
			.andExpect(content().string(allOf(
					containsString(
							"\u201cRustem Umerov\u201d names more than one person (Rustem Umerov, Rustem Umyerov)"),
					containsString("name=\"sides[0].people[0].person\""),
					containsString("<option value=\"rustem-umyerov\">Rustem Umyerov</option>"))));
		assertThat(members()).isEmpty();
		assertThat(count("person")).isEqualTo(people);

		this.mvc
			.perform(post(ROUND + "/workspace/delegations").with(csrf())
				.param("sides[0].party", "ukraine")
				.param("sides[0].people[0].name", "Rustem Umerov")
				.param("sides[0].people[0].person", "rustem-umerov")
				.param("sides[0].people[0].role", "HEAD"))
			.andExpect(redirectedUrl(ROUND + "#delegations"));
		assertThat(members()).containsExactly("rustem-umerov:HEAD");
		assertThat(count("person")).isEqualTo(people);
	}

	private List<String> members() {
		return this.jdbc.queryForList("""
				select p.slug || ':' || m.role from delegation_member m join person p on p.id = m.person_id
				join delegation d on d.id = m.delegation_id join round r on r.id = d.round_id
				where r.slug = 'istanbul-round-4' order by p.slug""", String.class);
	}

	/**
	 * Outside the test's transaction, as deployed: the refused submission's own
	 * transaction is rolled back, and the round made for the test is deleted after it.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aSecondHeadIsRefusedAtItsRowAndNeitherDelegationIsAdded() throws Exception {
		try {
			refuseASecondHead();
		}
		finally {
			this.jdbc.update("delete from round where slug = 'istanbul-round-4'");
		}
	}

	private void refuseASecondHead() throws Exception {
		this.mvc
			.perform(post(ROUND + "/workspace/delegations").with(csrf())
				.param("sides[0].party", "ukraine")
				.param("sides[0].people[0].name", "Rustem Umerov")
				.param("sides[0].people[0].role", "HEAD")
				.param("sides[0].people[1].name", "Oleksandr Poklad")
				.param("sides[0].people[1].role", "HEAD")
				.param("sides[1].party", "russia"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "sides[0].people[1].role"));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from delegation d join round r on r.id = d.round_id
				where r.slug = 'istanbul-round-4'""", Integer.class)).isZero();
	}

	@Test
	void handoversOfAnEarlierRoundsAgreementBecomeItsNextStages() throws Exception {
		this.mvc
			.perform(post(ROUND + "/workspace/handovers").with(csrf())
				.param("handovers[0].agreement", "istanbul-2025-06-02/bodies-6000-each")
				.param("handovers[0].occurredOn", "2025-08-20")
				.param("handovers[0].sideAReceived", "27")
				.param("handovers[0].sideBReceived", "1212")
				.param("handovers[1].agreement", "istanbul-2025-06-02/bodies-6000-each")
				.param("handovers[1].occurredOn", "2025-08-21")
				.param("handovers[1].sideBReceived", "1200")
				.param("sources", "moscow-times-2025-06-02")
				.param("releaseKind", "UPDATE")
				.param("releaseNote", "Added the handovers."))
			.andExpect(redirectedUrl(ROUND + "#handovers"));

		assertThat(this.jdbc.queryForList("""
				select s.sequence || ' ' || s.occurred_on || ' ' || coalesce(s.side_a_received_per_a::text, '-') || '/'
				    || coalesce(s.side_b_received_per_b::text, '-')
				from exchange_stage s join exchange_agreement a on a.id = s.agreement_id
				where a.slug = 'bodies-6000-each' order by s.sequence""", String.class)).hasSize(8)
			.endsWith("7 2025-08-20 27/1212", "8 2025-08-21 -/1200");
	}

	/**
	 * Issue 16.4: a handover's counts are labelled by the parties of its agreement, never
	 * "the first party"; every agreement of the reference data names Russia first, so the
	 * blank rows already say so, and a row shown again keeps its agreement's parties.
	 */
	@Test
	void handoverCountsAreLabelledByTheAgreementsParties() throws Exception {
		this.mvc.perform(get(ROUND))
			.andExpect(content().string(allOf(
					containsString(
							"<label for=\"handovers0.sideAReceived\">Russia received, as Russia reports it</label>"),
					containsString(
							"<label for=\"handovers0.sideBReceived\">Ukraine received, as Ukraine reports it</label>"),
					containsString("data-received-a=\"Russia received, as Russia reports it\""),
					not(containsString("The first party")), not(containsString("party named first")))));
	}

	/**
	 * Where the agreements name their parties in different orders, a row's counts name
	 * them once its agreement is chosen (here, shown again after a refusal).
	 */
	@Test
	void aHandoverRowShownAgainNamesItsAgreementsParties() throws Exception {
		this.jdbc.update("""
				update exchange_agreement set side_a_party_id = side_b_party_id, side_b_party_id = side_a_party_id
				where slug = 'prisoners-1000-for-1000'""");
		this.mvc
			.perform(post(ROUND + "/workspace/handovers").with(csrf())
				.param("handovers[0].agreement", "istanbul-2025-05-16/prisoners-1000-for-1000")
				.param("handovers[0].sideAReceived", "-3")
				.param("handovers[1].occurredOn", "2025-08-21"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString(
							"<label for=\"handovers0.sideAReceived\">Ukraine received, as Ukraine reports it</label>"),
					containsString(
							"<label for=\"handovers1.sideAReceived\">Received by the party named first in the agreement chosen, as it reports it</label>"),
					containsString("id=\"handovers0.sideAReceived-error\""))));
	}

	@Test
	void proposalsAreAddedWithSlugsOfTheirTitlesOrNoneWhenARowIsBad() throws Exception {
		this.mvc
			.perform(post(ROUND + "/workspace/proposals").with(csrf())
				.param("proposals[0].party", "russia")
				.param("proposals[0].category", "HUMANITARIAN")
				.param("proposals[0].title", "An exchange of about 30 civilians from the Kursk region")
				.param("proposals[0].status", "PROPOSED")
				.param("proposals[1].party", "ukraine")
				.param("proposals[1].status", "PROPOSED")
				.param("proposals[2].status", "PROPOSED"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "proposals[1].title", "proposals[1].category"))
			.andExpect(content().string(allOf(containsString("id=\"proposals1.title-error\""),
					containsString("value=\"An exchange of about 30 civilians from the Kursk region\""))));
		assertThat(proposalSlugs()).isEmpty();

		this.mvc
			.perform(post(ROUND + "/workspace/proposals").with(csrf())
				.param("proposals[0].party", "russia")
				.param("proposals[0].category", "HUMANITARIAN")
				.param("proposals[0].title", "An exchange of about 30 civilians from the Kursk region")
				.param("proposals[0].status", "PROPOSED")
				.param("proposals[1].party", "ukraine")
				.param("proposals[1].category", "POLITICAL")
				.param("proposals[1].title", "A meeting of Zelensky and Putin with Trump and Erdoğan")
				.param("proposals[1].status", "PROPOSED"))
			.andExpect(redirectedUrl(ROUND + "#proposals"));
		assertThat(proposalSlugs()).containsExactly("an-exchange-of-about-30-civilians-from-the-kursk-region",
				"a-meeting-of-zelensky-and-putin-with-trump-and-erdogan");
	}

	/** Outside the test's transaction, as deployed (see above). */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void anExchangeBetweenAPartyAndItselfIsRefusedAtItsRowByTheDatabase() throws Exception {
		try {
			this.mvc
				.perform(post(ROUND + "/workspace/exchanges").with(csrf())
					.param("agreements[0].kind", "PRISONERS_OF_WAR")
					.param("agreements[0].sideA", "russia")
					.param("agreements[0].sideACount", "1200")
					.param("agreements[0].sideB", "ukraine")
					.param("agreements[0].sideBCount", "1200")
					.param("agreements[1].kind", "BODIES")
					.param("agreements[1].sideA", "russia")
					.param("agreements[1].sideB", "russia"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "agreements[1].sideB",
						"constraint.exchange_sides_differ"));
			assertThat(this.jdbc.queryForObject("""
					select count(*) from exchange_agreement a join round r on r.id = a.round_id
					where r.slug = 'istanbul-round-4'""", Integer.class)).isZero();
		}
		finally {
			this.jdbc.update("delete from round where slug = 'istanbul-round-4'");
		}
	}

	private List<String> proposalSlugs() {
		return this.jdbc.queryForList("""
				select p.slug from proposal p join round r on r.id = p.round_id
				where r.slug = 'istanbul-round-4' order by p.position""", String.class);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
