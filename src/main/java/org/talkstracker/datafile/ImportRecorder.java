package org.talkstracker.datafile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.hibernate.Hibernate;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.stereotype.Component;
import org.talkstracker.exchange.ExchangeAgreement;
import org.talkstracker.exchange.ExchangeStage;
import org.talkstracker.memorandum.Clause;
import org.talkstracker.memorandum.Memorandum;
import org.talkstracker.people.Person;
import org.talkstracker.process.Party;
import org.talkstracker.process.PeaceProcess;
import org.talkstracker.proposal.Proposal;
import org.talkstracker.round.Delegation;
import org.talkstracker.round.DelegationMember;
import org.talkstracker.round.Round;
import org.talkstracker.round.ThirdParty;
import org.talkstracker.source.Source;
import org.talkstracker.statement.Statement;
import org.talkstracker.timeline.ContextEvent;

/**
 * Notes which records an import inserts and updates, as Hibernate writes them, so an
 * editor can see what a file would create or change before importing it for real. Only
 * records of the data file's kinds are noted, and only while an import runs on this
 * thread.
 */
@Component
class ImportRecorder implements PostInsertEventListener, PostUpdateEventListener, PostCollectionUpdateEventListener {

	/** Fields that change with every write; naming them tells the editor nothing. */
	private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt");

	private final ThreadLocal<List<ImportedRecord>> recording = new ThreadLocal<>();

	/** Runs the import, noting into {@code records} what it writes. */
	<T> T record(List<ImportedRecord> records, Supplier<T> work) {
		this.recording.set(records);
		try {
			return work.get();
		}
		finally {
			this.recording.remove();
		}
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		note(ImportedRecord.Change.CREATED, event.getEntity(), List.of());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		int[] dirty = event.getDirtyProperties();
		String[] names = event.getPersister().getPropertyNames();
		List<String> fields = (dirty != null) ? Arrays.stream(dirty)
			.mapToObj((index) -> names[index])
			.filter((name) -> !BOOKKEEPING.contains(name))
			.toList() : List.of();
		// A round whose facts changed gets a new "last updated" and nothing else: the
		// facts are named.
		if (dirty != null && dirty.length > 0 && fields.isEmpty()) {
			return;
		}
		note(ImportedRecord.Change.CHANGED, event.getEntity(), fields);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		String role = event.getCollection().getRole();
		note(ImportedRecord.Change.CHANGED, event.getAffectedOwnerOrNull(),
				List.of(role.substring(role.lastIndexOf('.') + 1)));
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void note(ImportedRecord.Change change, Object entity, List<String> fields) {
		List<ImportedRecord> records = this.recording.get();
		Kind<?> kind = (records != null && entity != null) ? KINDS.get(entity.getClass()) : null;
		if (kind != null) {
			records.add(new ImportedRecord(change, kind.name(), kind.label(entity), fields));
		}
	}

	/**
	 * The kinds of record a data file holds, and how editors know each; references are
	 * named only when loaded.
	 */
	private static final Map<Class<?>, Kind<?>> KINDS = Map.ofEntries(kind(Source.class, "source", Source::getSlug),
			kind(Party.class, "party", Party::getSlug), kind(Person.class, "person", Person::getSlug),
			kind(PeaceProcess.class, "process", PeaceProcess::getSlug), kind(Round.class, "round", Round::getSlug),
			kind(Delegation.class, "delegation",
					(delegation) -> slug(delegation.getRound(), Round::getSlug) + ": "
							+ slug(delegation.getParty(), Party::getSlug)),
			kind(DelegationMember.class, "member", (member) -> slug(member.getPerson(), Person::getSlug)),
			kind(ThirdParty.class, "third_party",
					(third) -> slug(third.getParty(), Party::getSlug) + " (" + third.getRole() + ")"),
			kind(Proposal.class, "proposal", Proposal::getSlug),
			kind(ExchangeAgreement.class, "exchange_agreement", ExchangeAgreement::getSlug),
			kind(ExchangeStage.class, "exchange_stage",
					(stage) -> slug(stage.getAgreement(), ExchangeAgreement::getSlug) + " #" + stage.getSequence()),
			kind(Memorandum.class, "memorandum", Memorandum::getSlug),
			kind(Clause.class, "clause",
					(clause) -> slug(clause.getMemorandum(), Memorandum::getSlug) + " §" + clause.getNumber()),
			kind(Statement.class, "statement", Statement::getSlug),
			kind(ContextEvent.class, "context_event", ContextEvent::getSlug));

	private static <T> Map.Entry<Class<?>, Kind<?>> kind(Class<T> type, String name, Function<T, String> label) {
		return Map.entry(type, new Kind<>(type, name, label));
	}

	private static <T> String slug(T reference, Function<T, String> slug) {
		return (reference != null && Hibernate.isInitialized(reference)) ? slug.apply(reference) : "…";
	}

	private record Kind<T>(Class<T> type, String name, Function<T, String> labels) {

		String label(Object entity) {
			return this.labels.apply(this.type.cast(entity));
		}

	}

	/** What an import wrote, in the order it wrote it; a new list for each import. */
	static List<ImportedRecord> newRecording() {
		return new ArrayList<>();
	}

}
