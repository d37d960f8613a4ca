package org.talkstracker.datafile;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

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
import org.talkstracker.proposal.Proposal;
import org.talkstracker.round.Delegation;
import org.talkstracker.round.DelegationMember;
import org.talkstracker.round.Round;
import org.talkstracker.round.ThirdParty;
import org.talkstracker.statement.Statement;

/**
 * The rounds whose facts an import inserted or changed, as Hibernate writes them, so their "last
 * updated" moves as it does when an editor changes a fact: a file that changes only a proposal
 * leaves the round's own row, and so its timestamp, alone. A file that changes nothing moves nothing.
 */
@Component
class ImportedRoundFacts
		implements PostInsertEventListener, PostUpdateEventListener, PostCollectionUpdateEventListener {

	private final ThreadLocal<Set<Round>> noting = new ThreadLocal<>();

	/** Runs {@code writing} (which must flush what it writes) and returns it with the rounds whose facts it wrote. */
	<T> Noted<T> note(Supplier<T> writing) {
		Set<Round> rounds = Collections.newSetFromMap(new IdentityHashMap<>());
		this.noting.set(rounds);
		try {
			return new Noted<>(writing.get(), rounds);
		}
		finally {
			this.noting.remove();
		}
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		note(event.getEntity());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		note(event.getEntity());
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		note(event.getAffectedOwnerOrNull());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void note(Object entity) {
		Set<Round> rounds = this.noting.get();
		Round round = (rounds != null) ? roundOf(entity) : null;
		if (round != null) {
			rounds.add(round);
		}
	}

	/** The round a fact belongs to (a round's own cited sources count too); null for anything else. */
	private static Round roundOf(Object entity) {
		if (entity instanceof Round round) {
			return round;
		}
		if (entity instanceof Delegation delegation) {
			return delegation.getRound();
		}
		if (entity instanceof DelegationMember member) {
			return member.getDelegation().getRound();
		}
		if (entity instanceof ThirdParty third) {
			return third.getRound();
		}
		if (entity instanceof Proposal proposal) {
			return proposal.getRound();
		}
		if (entity instanceof ExchangeAgreement agreement) {
			return agreement.getRound();
		}
		if (entity instanceof ExchangeStage stage) {
			return stage.getAgreement().getRound();
		}
		if (entity instanceof Memorandum memorandum) {
			return memorandum.getRound();
		}
		if (entity instanceof Clause clause) {
			return clause.getMemorandum().getRound();
		}
		if (entity instanceof Statement statement) {
			return statement.getRound();
		}
		return null;
	}

	/** What the writing returned, and the rounds whose facts it wrote. */
	record Noted<T>(T result, Set<Round> rounds) {
	}

}
