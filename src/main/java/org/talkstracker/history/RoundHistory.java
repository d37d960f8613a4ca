package org.talkstracker.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.hibernate.proxy.HibernateProxy;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.exchange.ExchangeAgreement;
import org.talkstracker.exchange.ExchangeReportedTotal;
import org.talkstracker.exchange.ExchangeSide;
import org.talkstracker.exchange.ExchangeStage;
import org.talkstracker.memorandum.Clause;
import org.talkstracker.memorandum.Memorandum;
import org.talkstracker.people.Person;
import org.talkstracker.people.PersonRepository;
import org.talkstracker.process.Party;
import org.talkstracker.process.PartyRepository;
import org.talkstracker.proposal.Proposal;
import org.talkstracker.round.Delegation;
import org.talkstracker.round.DelegationMember;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.round.ThirdParty;
import org.talkstracker.statement.Statement;

/**
 * Every recorded change of a round and of the facts that belong to it or were delivered
 * and said there, newest first, in a fixed number of queries: one per kind of record,
 * then the names of the parties and people they refer to.
 */
@Service
public class RoundHistory {

	/** Changes every time anything changes; saying so adds nothing. */
	private static final Set<String> UNTOLD = Set.of("updatedAt");

	/**
	 * Stands in for an empty list of owners, so each query runs whatever the round holds.
	 */
	private static final long NONE = -1L;

	private final EntityManager entityManager;

	private final RoundRepository rounds;

	private final PartyRepository parties;

	private final PersonRepository people;

	RoundHistory(EntityManager entityManager, RoundRepository rounds, PartyRepository parties,
			PersonRepository people) {
		this.entityManager = entityManager;
		this.rounds = rounds;
		this.parties = parties;
		this.people = people;
	}

	@Transactional(readOnly = true)
	public List<RoundChange> of(String slug) {
		Round round = this.rounds.forEditing(slug);
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		long id = round.getId();
		List<Revised<Round>> roundRevisions = revisions(reader, Round.class, AuditEntity.id().eq(id));
		List<Revised<Delegation>> delegations = revisions(reader, Delegation.class,
				AuditEntity.relatedId("round").eq(id));
		List<Revised<ThirdParty>> thirdParties = revisions(reader, ThirdParty.class,
				AuditEntity.relatedId("round").eq(id));
		List<Revised<Proposal>> proposals = revisions(reader, Proposal.class, AuditEntity.relatedId("round").eq(id));
		List<Revised<ExchangeAgreement>> agreements = revisions(reader, ExchangeAgreement.class,
				AuditEntity.relatedId("round").eq(id));
		List<Revised<Memorandum>> memoranda = revisions(reader, Memorandum.class,
				AuditEntity.relatedId("round").eq(id));
		List<Revised<Statement>> statements = revisions(reader, Statement.class, AuditEntity.relatedId("round").eq(id));
		List<Revised<DelegationMember>> members = revisions(reader, DelegationMember.class,
				AuditEntity.relatedId("delegation").in(ids(delegations, Delegation::getId)));
		List<Revised<ExchangeStage>> stages = revisions(reader, ExchangeStage.class,
				AuditEntity.relatedId("agreement").in(ids(agreements, ExchangeAgreement::getId)));
		List<Revised<ExchangeReportedTotal>> totals = revisions(reader, ExchangeReportedTotal.class,
				AuditEntity.relatedId("agreement").in(ids(agreements, ExchangeAgreement::getId)));
		List<Revised<Clause>> clauses = revisions(reader, Clause.class,
				AuditEntity.relatedId("memorandum").in(ids(memoranda, Memorandum::getId)));

		Map<Long, String> partyNames = names(
				this.parties
					.findAllById(referenced(delegations, Delegation::getParty, thirdParties, ThirdParty::getParty)),
				Party::getId, Party::getName);
		Map<Long, String> personNames = names(this.people.findAllById(
				members.stream().map((member) -> idOf(member.entity().getPerson())).collect(Collectors.toSet())),
				Person::getId, Person::getName);
		Map<Long, String> agreementSlugs = latest(agreements, ExchangeAgreement::getId, ExchangeAgreement::getSlug);
		// Exchanges are told in their parties' names, as the agreement names them now:
		// which party received and reported a total, whose figure of a stage changed.
		Map<Long, String> agreementPartyNames = agreements.isEmpty() ? Map.of()
				: names(this.parties.findAllById(agreements.stream()
					.flatMap((revised) -> Stream.of(revised.entity().getSideAParty(), revised.entity().getSideBParty()))
					.map(RoundHistory::idOf)
					.collect(Collectors.toSet())), Party::getId, Party::getName);
		Map<Long, List<String>> agreementParties = latest(agreements, ExchangeAgreement::getId,
				(agreement) -> List.of(agreementPartyNames.get(idOf(agreement.getSideAParty())),
						agreementPartyNames.get(idOf(agreement.getSideBParty()))));
		Map<String, String> sideNames = new HashMap<>();
		agreementParties.forEach((agreement, parties) -> {
			sideNames.put(agreement + "/" + ExchangeSide.SIDE_A, parties.get(0));
			sideNames.put(agreement + "/" + ExchangeSide.SIDE_B, parties.get(1));
		});
		Map<Long, String> memorandumTitles = latest(memoranda, Memorandum::getId, Memorandum::getTitle);
		Map<Long, String> delegationParties = latest(delegations, Delegation::getId,
				(delegation) -> partyNames.get(idOf(delegation.getParty())));

		List<RoundChange> changes = new ArrayList<>();
		add(changes, roundRevisions, "round", (r) -> r.getSlug());
		add(changes, delegations, "delegation", (d) -> partyNames.get(idOf(d.getParty())));
		add(changes, members, "member", (m) -> personNames.get(idOf(m.getPerson())) + " ("
				+ delegationParties.get(idOf(m.getDelegation())) + ")");
		add(changes, thirdParties, "third_party", (t) -> partyNames.get(idOf(t.getParty())) + " (" + t.getRole() + ")");
		add(changes, proposals, "proposal", Proposal::getTitle);
		add(changes, agreements, "exchange_agreement", ExchangeAgreement::getSlug,
				(a) -> agreementParties.get(a.getId()));
		add(changes, stages, "exchange_stage",
				(s) -> agreementSlugs.get(idOf(s.getAgreement())) + " #" + s.getSequence(),
				(s) -> agreementParties.get(idOf(s.getAgreement())));
		add(changes, totals, "exchange_reported_total",
				(t) -> agreementSlugs.get(idOf(t.getAgreement())) + ": "
						+ sideNames.get(idOf(t.getAgreement()) + "/" + t.getReceivedBy()) + " / "
						+ sideNames.get(idOf(t.getAgreement()) + "/" + t.getReportedBy()),
				(t) -> agreementParties.get(idOf(t.getAgreement())));
		add(changes, memoranda, "memorandum", Memorandum::getTitle);
		add(changes, clauses, "clause", (c) -> memorandumTitles.get(idOf(c.getMemorandum())) + " §" + c.getNumber());
		add(changes, statements, "statement", Statement::getSlug);
		changes.sort(Comparator.comparingLong(RoundChange::revision).reversed());
		return changes;
	}

	@SuppressWarnings("unchecked")
	private static <T> List<Revised<T>> revisions(AuditReader reader, Class<T> type, AuditCriterion criterion) {
		AuditQuery query = reader.createQuery().forRevisionsOfEntityWithChanges(type, true).add(criterion);
		List<Object[]> rows = query.getResultList();
		return rows.stream()
			.map((row) -> new Revised<>((T) row[0], (Revision) row[1], (RevisionType) row[2], (Set<String>) row[3]))
			.toList();
	}

	private static <T> void add(List<RoundChange> changes, List<Revised<T>> revisions, String kind,
			Function<T, String> name) {
		add(changes, revisions, kind, name, (entity) -> List.of());
	}

	/**
	 * @param parties the names the record's changed fields are told in: an exchange's
	 * parties, first and second as the agreement orders them
	 */
	private static <T> void add(List<RoundChange> changes, List<Revised<T>> revisions, String kind,
			Function<T, String> name, Function<T, List<String>> parties) {
		for (Revised<T> revised : revisions) {
			List<String> fields = (revised.type() == RevisionType.MOD)
					? revised.changed().stream().filter((field) -> !UNTOLD.contains(field)).sorted().toList()
					: List.of();
			if (revised.type() == RevisionType.MOD && fields.isEmpty()) {
				continue;
			}
			changes.add(new RoundChange(revised.revision().getId(), revised.revision().getChangedAt(),
					revised.revision().getUsername(), kind, name.apply(revised.entity()), type(revised.type()), fields,
					parties.apply(revised.entity())));
		}
	}

	private static RoundChange.Type type(RevisionType type) {
		return switch (type) {
			case ADD -> RoundChange.Type.ADDED;
			case MOD -> RoundChange.Type.CHANGED;
			case DEL -> RoundChange.Type.DELETED;
		};
	}

	private static <T> Object[] ids(List<Revised<T>> revisions, Function<T, Long> id) {
		List<Long> ids = revisions.stream()
			.map((revised) -> id.apply(revised.entity()))
			.distinct()
			.collect(Collectors.toCollection(ArrayList::new));
		ids.add(NONE);
		return ids.toArray();
	}

	private static <A, B> Set<Long> referenced(List<Revised<A>> as, Function<A, Object> a, List<Revised<B>> bs,
			Function<B, Object> b) {
		Set<Long> ids = as.stream().map((revised) -> idOf(a.apply(revised.entity()))).collect(Collectors.toSet());
		bs.forEach((revised) -> ids.add(idOf(b.apply(revised.entity()))));
		return ids;
	}

	/** The latest known value of each record, by its id (revisions come oldest first). */
	private static <T, V> Map<Long, V> latest(List<Revised<T>> revisions, Function<T, Long> id, Function<T, V> value) {
		Map<Long, V> values = new HashMap<>();
		revisions.forEach((revised) -> values.put(id.apply(revised.entity()), value.apply(revised.entity())));
		return values;
	}

	private static <T> Map<Long, String> names(Collection<T> found, Function<T, Long> id, Function<T, String> name) {
		return found.stream().collect(Collectors.toMap(id, name));
	}

	/** The id of a referenced record, read from its proxy without loading it. */
	private static Long idOf(Object reference) {
		if (reference instanceof HibernateProxy proxy) {
			return (Long) proxy.getHibernateLazyInitializer().getInternalIdentifier();
		}
		if (reference instanceof Party party) {
			return party.getId();
		}
		if (reference instanceof Person person) {
			return person.getId();
		}
		if (reference instanceof Delegation delegation) {
			return delegation.getId();
		}
		if (reference instanceof ExchangeAgreement agreement) {
			return agreement.getId();
		}
		if (reference instanceof Memorandum memorandum) {
			return memorandum.getId();
		}
		return null;
	}

	private record Revised<T>(T entity, Revision revision, RevisionType type, Set<String> changed) {
	}

}
