package org.talkstracker.opendata;

import java.util.List;

import org.talkstracker.exchange.CountPrecision;
import org.talkstracker.exchange.ExchangeKind;
import org.talkstracker.memorandum.ClauseTopic;
import org.talkstracker.opendata.PackageTable.Field;
import org.talkstracker.opendata.PackageTable.ForeignKey;
import org.talkstracker.process.PartyKind;
import org.talkstracker.proposal.ProposalCategory;
import org.talkstracker.proposal.ProposalStatus;
import org.talkstracker.release.ReleaseKind;
import org.talkstracker.round.DurationPrecision;
import org.talkstracker.round.MemberRole;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.round.ThirdPartyRole;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.SourceKind;

/**
 * The tables of the data package, normalised: one per kind of record, each row keyed by
 * its id (the record's number in this deployment's database, stable while the record
 * lives), with its references to other tables as their ids. They hold what readers see:
 * published rounds and what belongs to them, the memoranda and statements of no round,
 * every process and context event, and the parties, people and sources these name. A
 * statement disputing one that is not published names none.
 */
final class DataPackageTables {

	/** What is published, for every table's query to start from. */
	static final String PUBLISHED = """
			with selected as (select r.id from round r where r.published),
			delegations_out as (select d.id from delegation d where d.round_id in (select id from selected)),
			third_parties_out as (select t.id from third_party t where t.round_id in (select id from selected)),
			proposals_out as (select y.id from proposal y where y.round_id in (select id from selected)),
			agreements_out as (select e.id from exchange_agreement e where e.round_id in (select id from selected)),
			stages_out as (select st.id from exchange_stage st where st.agreement_id in (select id from agreements_out)),
			reported_totals_out as (select t.id from exchange_reported_total t where t.agreement_id in (select id from agreements_out)),
			memoranda_out as (select m.id from memorandum m where m.round_id in (select id from selected) or m.round_id is null),
			clauses_out as (select c.id from clause c where c.memorandum_id in (select id from memoranda_out)),
			statements_out as (select s.id from statement s where s.round_id in (select id from selected) or s.round_id is null),
			citations_out as (select c.id from citation c where c.round_id in (select id from selected)
			    or c.delegation_id in (select id from delegations_out) or c.third_party_id in (select id from third_parties_out)
			    or c.proposal_id in (select id from proposals_out) or c.exchange_agreement_id in (select id from agreements_out)
			    or c.exchange_stage_id in (select id from stages_out)
			    or c.exchange_reported_total_id in (select id from reported_totals_out) or c.memorandum_id in (select id from memoranda_out)
			    or c.clause_id in (select id from clauses_out) or c.statement_id in (select id from statements_out)
			    or c.context_event_id is not null),
			people_out as (select m.person_id as id from delegation_member m where m.delegation_id in (select id from delegations_out)
			    union select s.speaker_id from statement s where s.id in (select id from statements_out) and s.speaker_id is not null),
			parties_out as (select pp.party_id as id from process_party pp
			    union select d.party_id from delegation d where d.id in (select id from delegations_out)
			    union select t.party_id from third_party t where t.id in (select id from third_parties_out)
			    union select y.party_id from proposal y where y.id in (select id from proposals_out)
			    union select e.side_a_party_id from exchange_agreement e where e.id in (select id from agreements_out)
			    union select e.side_b_party_id from exchange_agreement e where e.id in (select id from agreements_out)
			    union select m.author_party_id from memorandum m where m.id in (select id from memoranda_out)
			    union select s.party_id from statement s where s.id in (select id from statements_out))
			""";

	private static final String PROCESS = "the process (processes.id)";

	private static final String ROUND = "the round (rounds.id)";

	private static final String PARTY = "the party (parties.id)";

	private static final String SLUG = "its permanent name in the site's addresses";

	private static final String PRECISION = "how precise the date is";

	static final List<PackageTable> TABLES = List.of(
			table("processes", "Peace processes: negotiation tracks between parties.", List.of(Field.id("the process"),
					slug(), Field.text("name", "its name").required(), Field.text("description", "what it is about"),
					wikidata(),
					Field.reference("ucdp_conflict_id",
							"the conflict in UCDP's data it is about (https://ucdp.uu.se/conflict/{id})"),
					Field.reference("pax_process_id", "its peace process in PA-X, the peace agreements database")),
					List.of(),
					"select p.id, p.slug, p.name, p.description, p.wikidata_id, p.ucdp_conflict_id, p.pax_process_id from process p order by p.id"),
			table("parties", "States, organisations and armed groups that take part in or mediate talks.",
					List.of(Field.id("the party"), slug(), Field.text("name", "its name").required(),
							Field.choice("kind", PartyKind.class, "what kind of party it is").required(), wikidata(),
							Field.reference("ucdp_actor_id", "its actor in UCDP's data (https://ucdp.uu.se/actor/{id})")
								.unique()),
					List.of(),
					"select x.id, x.slug, x.name, lower(x.kind) as kind, x.wikidata_id, x.ucdp_actor_id from party x where x.id in (select id from parties_out) order by x.id"),
			new PackageTable("process_parties", "The parties of each process.",
					List.of(Field.reference("process_id", PROCESS).required(),
							Field.reference("party_id", PARTY).required()),
					List.of("process_id", "party_id"),
					List.of(ForeignKey.of("process_id", "processes"), ForeignKey.of("party_id", "parties")),
					PUBLISHED
							+ "select pp.process_id, pp.party_id from process_party pp order by pp.process_id, pp.party_id"),
			table("people", "Negotiators and officials named in the data.",
					List.of(Field.id("the person"), slug(), Field.text("name", "the name the site shows").required(),
							wikidata()),
					List.of(),
					"select pe.id, pe.slug, pe.name, pe.wikidata_id from person pe where pe.id in (select id from people_out) order by pe.id"),
			new PackageTable("person_names",
					"Other names of people: spellings, transliterations, names in other scripts.",
					List.of(Field.reference("person_id", "the person (people.id)").required(),
							Field.text("name", "another name of the person").required()),
					List.of("person_id", "name"), List.of(ForeignKey.of("person_id", "people")), PUBLISHED + """
							select a.person_id, a.alias as name from person_alias a
							where a.person_id in (select id from people_out) order by a.person_id, a.alias"""),
			table("sources", "Where facts were reported.",
					List.of(Field.id("the source"), slug(), Field.text("publisher", "who published it").required(),
							Field.text("title", "its title").required(), Field.url("url", "where to read it"),
							Field.date("published_on", "when it was published"),
							Field.choice("kind", SourceKind.class, "what kind of source it is").required(),
							Field.text("note", "a note on the source")),
					List.of(),
					"""
							select s.id, s.slug, s.publisher, s.title, s.url, s.published_on, lower(s.kind) as kind, s.note
							from source s where s.id in (select c.source_id from citation c where c.id in (select id from citations_out))
							order by s.id"""),
			table("rounds", "Published rounds: the meetings of a process.",
					List.of(Field.id("the round"), Field.reference("process_id", PROCESS).required(), slug(),
							Field.of("number", "integer", "its number in the process").required().minimum(1),
							Field.choice("status", RoundStatus.class, "scheduled, held, postponed or cancelled")
								.required(),
							Field.text("city", "the city it was held in"), Field.text("venue", "where it was held"),
							Field.date("held_on", "the day it was held (or is to be)").required(),
							Field.time("scheduled_start", "when it was to start (UTC)"),
							Field.time("started_at", "when it started (UTC)"),
							Field.time("ended_at", "when it ended (UTC)"),
							Field.count("duration_minutes", "how long it lasted, in minutes"),
							Field.choice("duration_precision", DurationPrecision.class, "how precise the duration is"),
							Field.text("summary", "what happened"), Field.text("outcome", "what came of it"),
							Field.text("next_steps", "the next steps agreed"),
							Field.time("updated_at", "when its data last changed (UTC)").required()),
					List.of(ForeignKey.of("process_id", "processes")),
					"""
							select r.id, r.process_id, r.slug, r.number, lower(r.status) as status, r.city, r.venue, r.held_on,
							    %s as scheduled_start, %s as started_at, %s as ended_at, r.duration_minutes,
							    lower(r.duration_precision) as duration_precision, r.summary, r.outcome, r.next_steps,
							    %s as updated_at
							from round r where r.id in (select id from selected) order by r.id"""
						.formatted(utc("r.scheduled_start"), utc("r.started_at"), utc("r.ended_at"),
								utc("r.updated_at"))),
			table("delegations", "Each party's team at a round.",
					List.of(Field.id("the delegation"), Field.reference("round_id", ROUND).required(),
							Field.reference("party_id", PARTY).required()),
					List.of(ForeignKey.of("round_id", "rounds"), ForeignKey.of("party_id", "parties")),
					"select d.id, d.round_id, d.party_id from delegation d where d.id in (select id from delegations_out) order by d.id"),
			table("members", "The people in each delegation, with the title each held at the time.",
					List.of(Field.id("the seat"),
							Field.reference("delegation_id", "the delegation (delegations.id)").required(),
							Field.reference("person_id", "the person (people.id)").required(),
							Field.text("title", "the title the person held at the round"),
							Field.choice("role", MemberRole.class, "the person's role in the delegation").required(),
							Field.count("position", "the order in which the delegation lists its members").required()),
					List.of(ForeignKey.of("delegation_id", "delegations"), ForeignKey.of("person_id", "people")),
					"""
							select m.id, m.delegation_id, m.person_id, m.title, lower(m.role) as role, m.position
							from delegation_member m where m.delegation_id in (select id from delegations_out) order by m.id"""),
			table("third_parties", "Hosts, mediators, observers and chairs of a round.",
					List.of(Field.id("the third party's part in the round"),
							Field.reference("round_id", ROUND).required(),
							Field.reference("party_id", PARTY).required(),
							Field.choice("role", ThirdPartyRole.class, "its role at the round").required(),
							Field.text("note", "a note on its part")),
					List.of(ForeignKey.of("round_id", "rounds"), ForeignKey.of("party_id", "parties")), """
							select t.id, t.round_id, t.party_id, lower(t.role) as role, t.note
							from third_party t where t.id in (select id from third_parties_out) order by t.id"""),
			table("proposals", "What a party put on the table at a round.",
					List.of(Field.id("the proposal"), Field.reference("round_id", ROUND).required(), localSlug(),
							Field.reference("party_id", "the party that proposed it (parties.id)").required(),
							Field.choice("category", ProposalCategory.class, "what it is about").required(),
							Field.text("title", "what was proposed").required(), Field.text("details", "its details"),
							Field.choice("status", ProposalStatus.class, "what became of it").required(),
							Field.text("response", "the other side's response"),
							Field.date("deadline", "the date it named"),
							Field.count("position", "its order among the round's proposals").required()),
					List.of(ForeignKey.of("round_id", "rounds"), ForeignKey.of("party_id", "parties")),
					"""
							select y.id, y.round_id, y.slug, y.party_id, lower(y.category) as category, y.title, y.details,
							    lower(y.status) as status, y.response, y.deadline, y.position
							from proposal y where y.id in (select id from proposals_out) order by y.id"""),
			table("exchange_agreements", "Agreements to hand over prisoners, civilians, children or bodies.",
					List.of(Field.id("the agreement"), Field.reference("round_id", ROUND).required(), localSlug(),
							Field.choice("kind", ExchangeKind.class, "who or what is exchanged").required(),
							Field.of("all_for_all", "boolean", "whether it is all for all").required(),
							Field.reference("side_a_party_id", "one side (parties.id)").required(),
							Field.reference("side_b_party_id", "the other side (parties.id)").required(),
							Field.count("side_a_count", "how many side A is to receive"),
							Field.count("side_b_count", "how many side B is to receive"),
							Field.text("criteria", "who qualifies"), Field.text("description", "the agreement"),
							Field.count("position", "its order among the round's agreements").required(),
							Field
								.choice("side_a_count_precision", CountPrecision.class,
										"how exact side A's count is: exact, at least or about it")
								.required(),
							Field
								.choice("side_b_count_precision", CountPrecision.class,
										"how exact side B's count is: exact, at least or about it")
								.required()),
					List.of(ForeignKey.of("round_id", "rounds"), ForeignKey.of("side_a_party_id", "parties"),
							ForeignKey.of("side_b_party_id", "parties")),
					"""
							select e.id, e.round_id, e.slug, lower(e.kind) as kind, e.all_for_all, e.side_a_party_id,
							    e.side_b_party_id, e.side_a_count, e.side_b_count, e.criteria, e.description, e.position,
							    lower(e.side_a_count_precision) as side_a_count_precision,
							    lower(e.side_b_count_precision) as side_b_count_precision
							from exchange_agreement e where e.id in (select id from agreements_out) order by e.id"""),
			table("exchange_stages",
					"The handovers an agreement was carried out in, with the count each side reported received.",
					List.of(Field.id("the stage"),
							Field.reference("agreement_id", "the agreement (exchange_agreements.id)").required(),
							Field.of("sequence", "integer", "its number within the agreement").required().minimum(1),
							Field.date("occurred_on", "when it took place").required(),
							Field.choice("occurred_on_precision", DatePrecision.class, PRECISION).required(),
							Field.date("announced_on", "when it was announced"),
							Field.count("side_a_received_per_a", "received by side A, as side A reported"),
							Field.count("side_a_received_per_b", "received by side A, as side B reported"),
							Field.count("side_b_received_per_a", "received by side B, as side A reported"),
							Field.count("side_b_received_per_b", "received by side B, as side B reported"),
							Field.of("side_a_withheld", "boolean", "whether side A withheld its figures").required(),
							Field.of("side_b_withheld", "boolean", "whether side B withheld its figures").required(),
							Field.text("note", "a note on the stage"),
							Field.count("side_a_counted", "received by side A as counted (the lower figure)"),
							Field.count("side_b_counted", "received by side B as counted (the lower figure)")),
					List.of(ForeignKey.of("agreement_id", "exchange_agreements")),
					"""
							select st.id, st.agreement_id, st.sequence, st.occurred_on,
							    lower(st.occurred_on_precision) as occurred_on_precision, st.announced_on,
							    st.side_a_received_per_a, st.side_a_received_per_b, st.side_b_received_per_a,
							    st.side_b_received_per_b, st.side_a_withheld, st.side_b_withheld, st.note, st.side_a_counted,
							    st.side_b_counted
							from exchange_stage st where st.id in (select id from stages_out) order by st.id"""),
			table("exchange_reported_totals",
					"What a party reports a party received in all under an agreement, apart from its stages: what it received itself, or what it handed over to the other.",
					List.of(Field.id("the reported total"),
							Field.reference("agreement_id", "the agreement (exchange_agreements.id)").required(),
							Field.reference("received_by_party_id", "the party that received (parties.id)").required(),
							Field.reference("reported_by_party_id", "the party that reports it (parties.id)")
								.required(),
							Field.count("total", "received in all, as the reporting party reports it").required(),
							Field.date("reported_on", "when it was reported").required()),
					List.of(ForeignKey.of("agreement_id", "exchange_agreements"),
							ForeignKey.of("received_by_party_id", "parties"),
							ForeignKey.of("reported_by_party_id", "parties")),
					"""
							select t.id, t.agreement_id,
							    case t.received_by when 'SIDE_A' then e.side_a_party_id else e.side_b_party_id end
							        as received_by_party_id,
							    case t.reported_by when 'SIDE_A' then e.side_a_party_id else e.side_b_party_id end
							        as reported_by_party_id,
							    t.total, t.reported_on
							from exchange_reported_total t join exchange_agreement e on e.id = t.agreement_id
							where t.id in (select id from reported_totals_out) order by t.id"""),
			table("memoranda", "Documents a party handed over, with their clauses in the clauses table.",
					List.of(Field.id("the memorandum"), Field.reference("process_id", PROCESS).required(), slug(),
							Field.text("title", "its title").required(),
							Field.reference("author_party_id", "the party that wrote it (parties.id)").required(),
							Field.reference("round_id", "the round it was delivered at (rounds.id)"),
							Field.date("delivered_on", "when it was delivered"),
							Field.choice("delivered_on_precision", DatePrecision.class, PRECISION),
							Field.date("published_on", "when it was published"), Field.text("summary", "what it says")),
					List.of(ForeignKey.of("process_id", "processes"), ForeignKey.of("author_party_id", "parties"),
							ForeignKey.of("round_id", "rounds")),
					"""
							select m.id, m.process_id, m.slug, m.title, m.author_party_id, m.round_id, m.delivered_on,
							    lower(m.delivered_on_precision) as delivered_on_precision, m.published_on, m.summary
							from memorandum m where m.id in (select id from memoranda_out) order by m.id"""),
			table("clauses", "The clauses of each memorandum, each with a topic.",
					List.of(Field.id("the clause"),
							Field.reference("memorandum_id", "the memorandum (memoranda.id)").required(),
							Field.of("number", "integer", "its number in the memorandum").required().minimum(1),
							Field.choice("topic", ClauseTopic.class, "what it is about").required(),
							Field.text("text", "what it says").required()),
					List.of(ForeignKey.of("memorandum_id", "memoranda")), """
							select c.id, c.memorandum_id, c.number, lower(c.topic) as topic, c.text
							from clause c where c.id in (select id from clauses_out) order by c.id"""),
			table("statements", "What a named person or party said.",
					List.of(Field.id("the statement"), Field.reference("process_id", PROCESS).required(), localSlug(),
							Field.reference("round_id", "the round it is about (rounds.id)"),
							Field.reference("speaker_id", "who said it (people.id)"),
							Field.text("speaker_title", "the speaker's title at the time"),
							Field.reference("party_id", "the party it speaks for (parties.id)").required(),
							Field.date("said_on", "when it was said"),
							Field.choice("said_on_precision", DatePrecision.class, PRECISION),
							Field.text("text", "what was said, in the editors' words").required(),
							Field.text("quote", "a short quote"),
							Field.reference("disputes_id", "the statement it disputes (statements.id)")),
					List.of(ForeignKey.of("process_id", "processes"), ForeignKey.of("round_id", "rounds"),
							ForeignKey.of("speaker_id", "people"), ForeignKey.of("party_id", "parties"),
							ForeignKey.of("disputes_id", "statements")),
					"""
							select s.id, s.process_id, s.slug, s.round_id, s.speaker_id, s.speaker_title, s.party_id, s.said_on,
							    lower(s.said_on_precision) as said_on_precision, s.text, s.quote,
							    case when s.disputes_id in (select id from statements_out) then s.disputes_id end as disputes_id
							from statement s where s.id in (select id from statements_out) order by s.id"""),
			table("context_events", "Events outside the talks that bear on them.",
					List.of(Field.id("the event"), Field.reference("process_id", PROCESS).required(), localSlug(),
							Field.text("title", "what happened").required(), Field.text("description", "more on it"),
							Field.date("occurred_on", "when it happened").required(),
							Field.choice("occurred_on_precision", DatePrecision.class, PRECISION).required(),
							Field.date("announced_on", "when it was announced")),
					List.of(ForeignKey.of("process_id", "processes")), """
							select e.id, e.process_id, e.slug, e.title, e.description, e.occurred_on,
							    lower(e.occurred_on_precision) as occurred_on_precision, e.announced_on
							from context_event e order by e.id"""),
			table("citations", "Which source reports which fact: each row names one source and exactly one fact.",
					List.of(Field.id("the citation"),
							Field.reference("source_id", "the source (sources.id)").required(),
							Field.reference("round_id", ROUND),
							Field.reference("delegation_id", "a delegation (delegations.id)"),
							Field.reference("third_party_id", "a third party (third_parties.id)"),
							Field.reference("proposal_id", "a proposal (proposals.id)"),
							Field.reference("exchange_agreement_id", "an agreement (exchange_agreements.id)"),
							Field.reference("exchange_stage_id", "a stage (exchange_stages.id)"),
							Field.reference("memorandum_id", "a memorandum (memoranda.id)"),
							Field.reference("clause_id", "a clause (clauses.id)"),
							Field.reference("statement_id", "a statement (statements.id)"),
							Field.reference("context_event_id", "a context event (context_events.id)"),
							Field.count("position", "its order among the fact's sources").required(),
							Field.reference("exchange_reported_total_id",
									"a reported total (exchange_reported_totals.id)")),
					List.of(ForeignKey.of("source_id", "sources"), ForeignKey.of("round_id", "rounds"),
							ForeignKey.of("delegation_id", "delegations"),
							ForeignKey.of("third_party_id", "third_parties"), ForeignKey.of("proposal_id", "proposals"),
							ForeignKey.of("exchange_agreement_id", "exchange_agreements"),
							ForeignKey.of("exchange_stage_id", "exchange_stages"),
							ForeignKey.of("memorandum_id", "memoranda"), ForeignKey.of("clause_id", "clauses"),
							ForeignKey.of("statement_id", "statements"),
							ForeignKey.of("context_event_id", "context_events"),
							ForeignKey.of("exchange_reported_total_id", "exchange_reported_totals")),
					"""
							select c.id, c.source_id, c.round_id, c.delegation_id, c.third_party_id, c.proposal_id,
							    c.exchange_agreement_id, c.exchange_stage_id, c.memorandum_id, c.clause_id, c.statement_id,
							    c.context_event_id, c.position, c.exchange_reported_total_id
							from citation c where c.id in (select id from citations_out) order by c.id"""),
			new PackageTable("round_releases",
					"The numbered releases of each published round: what readers saw, unchangeable once made (the data file of each is at /rounds/{round_slug}/releases/{number}/data.json).",
					List.of(Field.reference("round_id", ROUND).required(),
							Field.text("round_slug", "the round's slug when the release was made").required(),
							Field.of("number", "integer", "the release's number within its round")
								.required()
								.minimum(1),
							Field.time("released_at", "when it was made (UTC)").required(),
							Field.choice("kind", ReleaseKind.class, "an update or a correction").required(),
							Field.text("note", "the editor's public note"),
							Field.text("editor", "the public name of the editor who made it").required(),
							Field.text("sha256", "the SHA-256 of the release's data file, in hexadecimal").required()),
					List.of("round_id", "number"), List.of(ForeignKey.of("round_id", "rounds")),
					PUBLISHED
							+ """
									select rr.round_id, rr.round_slug, rr.number, %s as released_at, lower(rr.kind) as kind, rr.note, rr.editor, rr.sha256
									from round_release rr where rr.round_id in (select id from selected) order by rr.round_id, rr.number"""
								.formatted(utc("rr.released_at"))));

	private DataPackageTables() {
	}

	/** A table keyed by {@code id}, read from what is published. */
	private static PackageTable table(String name, String description, List<Field> fields, List<ForeignKey> foreignKeys,
			String query) {
		return new PackageTable(name, description, fields, List.of("id"), foreignKeys, PUBLISHED + query);
	}

	/** Its item in Wikidata, joining other data sets. */
	private static Field wikidata() {
		return Field.text("wikidata_id", "its Wikidata item (https://www.wikidata.org/wiki/{id})")
			.unique()
			.constraint("pattern", "Q[1-9][0-9]*");
	}

	private static Field slug() {
		return Field.text("slug", SLUG).required().unique();
	}

	/** A slug unique only within the record's round or process. */
	private static Field localSlug() {
		return Field.text("slug", SLUG + ", unique within its round or process").required();
	}

	/**
	 * A time as the Table Schema's default datetime format reads it: UTC, to the second.
	 */
	private static String utc(String column) {
		return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";
	}

}
