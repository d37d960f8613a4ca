package org.talkstracker.history;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.talkstracker.CommittingTest;
import org.talkstracker.SqlStatements;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;
import org.talkstracker.exchange.ExchangeAgreement;
import org.talkstracker.exchange.ExchangeReportedTotal;
import org.talkstracker.exchange.ExchangeStage;
import org.talkstracker.memorandum.Clause;
import org.talkstracker.memorandum.Memorandum;
import org.talkstracker.proposal.Proposal;
import org.talkstracker.round.Delegation;
import org.talkstracker.round.DelegationMember;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.round.ThirdParty;
import org.talkstracker.statement.Statement;
import org.talkstracker.web.ScriptPayloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * History is written when a transaction commits, so these tests commit, on the database
 * kept for such tests ({@link CommittingTest}).
 */
@CommittingTest
@WithMockUser(username = "olena", roles = "EDITOR")
class RoundHistoryTests {

	static final String ROUND_TWO = "/admin/rounds/istanbul-2025-06-02";

	/** What the history never tells, as {@link RoundHistory} leaves it out. */
	static final Set<String> UNTOLD = Set.of("updatedAt");

	/** The records whose changes a round's history lists. */
	static final Set<Class<?>> ROUND_RECORDS = Set.of(Round.class, Delegation.class, DelegationMember.class,
			ThirdParty.class, Proposal.class, ExchangeAgreement.class, ExchangeStage.class, ExchangeReportedTotal.class,
			Memorandum.class, Clause.class, Statement.class);

	@Autowired
	MockMvc mvc;

	@Autowired
	RoundRepository rounds;

	@Test
	void theReferenceDataIsRecordedAsAddedByTheSystem() throws Exception {
		this.mvc.perform(get(ROUND_TWO + "/history"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("History of the round istanbul-2025-06-02"),
					containsString("<td>system</td>"), containsString("<span>round</span>: istanbul-2025-06-02"),
					containsString("<span>proposal</span>: Third round of talks later in June"),
					containsString("<span>member</span>: Rustem Umerov (Ukraine)"),
					containsString(
							"<span>clause</span>: Russian memorandum on conditions for ending the war (June 2025) §1"),
					containsString("added"))));
	}

	@Test
	void anEditIsRecordedWithWhoMadeItAndWhichFieldsChanged() throws Exception {
		long version = this.rounds.findBySlug("istanbul-2025-05-16").orElseThrow().getVersion();
		this.mvc
			.perform(post("/admin/rounds/istanbul-2025-05-16/edit").with(csrf())
				.param("releaseNote", "Edited in a test")
				.param("process", "russia-ukraine-direct-talks-2025")
				.param("slug", "istanbul-2025-05-16")
				.param("number", "1")
				.param("status", "HELD")
				.param("heldOn", "2025-05-16")
				.param("city", "Istanbul")
				.param("venue", "Dolmabahce Palace")
				.param("sources", "moscow-times-2025-06-02")
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/admin/rounds/istanbul-2025-05-16/history"))
			.andExpect(content()
				.string(allOf(containsString("<td>olena</td>"), containsString("changed:"), containsString("venue"))));
	}

	@Test
	void aFactAddedAndDeletedStaysInTheHistory() throws Exception {
		this.mvc
			.perform(post(ROUND_TWO + "/proposals/new").with(csrf())
				.param("releaseNote", "Edited in a test")
				.param("slug", "short-lived")
				.param("sources", "moscow-times-2025-06-02")
				.param("party", "russia")
				.param("category", "PROCEDURAL")
				.param("title", "A short-lived proposal")
				.param("status", "PROPOSED")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(ROUND_TWO + "/proposals/short-lived/delete").with(csrf())
				.param("releaseNote", "Edited in a test"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get(ROUND_TWO + "/history"))
			.andExpect(content().string(
					allOf(containsString("<span>proposal</span>: A short-lived proposal"), containsString("deleted"))));
	}

	@Test
	void anUnknownRoundHasNoHistoryPage() throws Exception {
		this.mvc.perform(get("/admin/rounds/no-such-round/history")).andExpect(status().isNotFound());
	}

	@Test
	void theHistoryPageRunsAFixedNumberOfStatements(@Autowired DataFileImporter importer) throws Exception {
		importer.importFile("small", GeneratedRounds.process("history-small", 1, false));
		importer.importFile("large", GeneratedRounds.process("history-large", 25, false));
		SqlStatements statements = new SqlStatements();

		long small = statements.countWhile(() -> this.mvc.perform(get("/admin/rounds/history-small-round/history"))
			.andExpect(content().string(containsString("Proposal 1"))));
		long large = statements.countWhile(() -> this.mvc.perform(get("/admin/rounds/history-large-round/history"))
			.andExpect(content().string(containsString("Proposal 25"))));

		assertThat(small).isEqualTo(large);
	}

	@Test
	void namesInTheHistoryAreShownAsText() throws Exception {
		this.mvc
			.perform(post("/admin/people/new").with(csrf())
				.param("slug", "history-escaping")
				.param("sources", "moscow-times-2025-06-02")
				.param("name", ScriptPayloads.typed("person.name"))
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(ROUND_TWO + "/delegations/russia/members/new").with(csrf())
				.param("releaseNote", "Edited in a test")
				.param("person", "history-escaping")
				.param("role", "MEMBER")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(ROUND_TWO + "/proposals/new").with(csrf())
				.param("releaseNote", "Edited in a test")
				.param("slug", "history-escaping")
				.param("sources", "moscow-times-2025-06-02")
				.param("party", "russia")
				.param("category", "PROCEDURAL")
				.param("title", ScriptPayloads.typed("proposal.title"))
				.param("status", "PROPOSED")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get(ROUND_TWO + "/history"))
			.andExpect(content().string(allOf(ScriptPayloads.noMarkupFromPayloads(),
					containsString(ScriptPayloads.escaped("person.name") + " (Russia)"),
					containsString(ScriptPayloads.escaped("proposal.title")))));
	}

	/**
	 * Issue 16.4: the history names an exchange's fields by its parties, never "first
	 * party" or a field's code.
	 */
	@Test
	void changesOfAnExchangeAreToldInItsPartiesNames(@Autowired DataFileImporter importer) throws Exception {
		importer.importFile("parties", GeneratedRounds.process("history-parties", 1, false));
		String agreement = "/admin/rounds/history-parties-round/exchanges/exchange-1";
		this.mvc
			.perform(post(agreement + "/edit").with(csrf())
				.param("slug", "exchange-1")
				.param("kind", "PRISONERS_OF_WAR")
				.param("sideA", "russia")
				.param("sideACount", "120")
				.param("sideACountPrecision", "AT_LEAST")
				.param("sideB", "ukraine")
				.param("sideBCount", "100")
				.param("sources", "moscow-times-2025-06-02")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(agreement + "/stages/1/edit").with(csrf())
				.param("sequence", "1")
				.param("occurredOn", "2030-02-01")
				.param("occurredPrecision", "DAY")
				.param("sideAReceivedPerA", "30")
				.param("sideAReceivedPerB", "31")
				.param("sideBReceivedPerA", "29")
				.param("sideBReceivedPerB", "30")
				.param("sources", "moscow-times-2025-06-02")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		String page = this.mvc.perform(get("/admin/rounds/history-parties-round/history"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(
				"changed:\n            what Russia is to receive, how exact what Russia is to receive is",
				"changed:\n            Russia received, as Ukraine reports it, Ukraine received, as Russia reports it")
			.doesNotContainPattern("(?i)first party|second party|side [AB]\\b|sideA|sideB");
	}

	/**
	 * Every field the history can name has words: a field of a round's record without its
	 * {@code admin.history.field} message would be shown as its code.
	 */
	@Test
	void everyRecordedFieldHasWords(@Autowired jakarta.persistence.EntityManagerFactory entityManagerFactory,
			@Autowired org.springframework.context.MessageSource messages) {
		List<String> missing = new ArrayList<>();
		for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
			Class<?> type = entity.getJavaType();
			if (ROUND_RECORDS.contains(type)) {
				for (Attribute<?, ?> attribute : entity.getAttributes()) {
					boolean recorded = !(attribute.getJavaMember() instanceof Field field)
							|| !field.isAnnotationPresent(NotAudited.class);
					boolean identity = attribute instanceof SingularAttribute<?, ?> singular
							&& (singular.isId() || singular.isVersion());
					if (recorded && !identity && !UNTOLD.contains(attribute.getName()) && messages
						.getMessage("admin.history.field." + attribute.getName(), null, null, Locale.ENGLISH) == null) {
						missing.add(type.getSimpleName() + "." + attribute.getName());
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void changesToProcessesPartiesPeopleAndContextEventsAreRecordedWithWhoMadeThem(@Autowired JdbcClient jdbc)
			throws Exception {
		this.mvc.perform(post("/admin/parties/new").with(csrf())
			.param("slug", "recorded-party")
			.param("name", "Recorded party")
			.param("kind", "STATE")
			.param("version", "0"));
		this.mvc.perform(post("/admin/processes/new").with(csrf())
			.param("slug", "recorded-process")
			.param("name", "Recorded process")
			.param("parties", "recorded-party")
			.param("version", "0"));
		this.mvc.perform(post("/admin/people/new").with(csrf())
			.param("slug", "recorded-person")
			.param("name", "Recorded person")
			.param("aliases", "Another spelling")
			.param("version", "0"));
		this.mvc.perform(post("/admin/context-events/new").with(csrf())
			.param("process", "recorded-process")
			.param("slug", "recorded-event")
			.param("title", "Recorded event")
			.param("occurredOn", "2025-06-01")
			.param("occurredPrecision", "DAY")
			.param("sources", "moscow-times-2025-06-02")
			.param("version", "0"));
		this.mvc
			.perform(post("/admin/people/recorded-person/edit").with(csrf())
				.param("name", "Renamed person")
				.param("aliases", "Another spelling")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("""
				select t.kind || ' ' || t.revtype || ' ' || r.username || ' ' || (r.changed_at is not null)
				from (select 'party' as kind, rev, revtype from party_aud where slug = 'recorded-party'
				      union all select 'process', rev, revtype from process_aud where slug = 'recorded-process'
				      union all select 'parties', rev, revtype from process_party_aud
				          where party_id = (select id from party where slug = 'recorded-party')
				      union all select 'person', rev, revtype from person_aud where slug = 'recorded-person'
				      union all select 'alias', rev, revtype from person_alias_aud where alias = 'Another spelling'
				      union all select 'event', rev, revtype from context_event_aud where slug = 'recorded-event'
				      union all select 'citation', rev, revtype from context_event_citation_aud
				          where context_event_id = (select id from context_event where slug = 'recorded-event')) t
				join revision r on r.id = t.rev order by t.rev, t.kind""").query(String.class).list()).containsExactly(
				"party 0 olena true", "parties 0 olena true", "process 0 olena true", "alias 0 olena true",
				"person 0 olena true", "citation 0 olena true", "event 0 olena true", "person 1 olena true");
	}

}
