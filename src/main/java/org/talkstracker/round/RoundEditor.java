package org.talkstracker.round;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.FactName;
import org.talkstracker.editing.Proposable;
import org.talkstracker.process.PartyCatalogue;
import org.talkstracker.source.Source;
import org.talkstracker.source.SourceCatalogue;

/**
 * Creates, edits, publishes and deletes rounds for editors; every write is checked
 * against the version the editor saw.
 */
@Service
class RoundEditor {

	private final RoundRepository rounds;

	private final PartyCatalogue catalogue;

	private final SourceCatalogue sources;

	private final RoundFactNames facts;

	private final RoundWithdrawalRepository withdrawals;

	private final Clock clock;

	private final RoundTimeZones timeZones;

	RoundEditor(RoundRepository rounds, PartyCatalogue catalogue, SourceCatalogue sources, RoundFactNames facts,
			RoundWithdrawalRepository withdrawals, Clock clock, RoundTimeZones timeZones) {
		this.rounds = rounds;
		this.timeZones = timeZones;
		this.catalogue = catalogue;
		this.sources = sources;
		this.facts = facts;
		this.withdrawals = withdrawals;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<RoundAdminListing> all() {
		return this.rounds.findAdminListings();
	}

	/** The time zones the round form suggests. */
	@Transactional(readOnly = true)
	public List<String> timeZones() {
		return this.timeZones.suggestions();
	}

	@Transactional(readOnly = true)
	public RoundForm form(String slug) {
		return RoundForm.of(this.rounds.forEditing(slug));
	}

	/** New rounds start as drafts: readers see them once they are published. */
	@Transactional
	public Round create(RoundForm form) {
		Round round = new Round(this.catalogue.process("process", form.process()), form.slug());
		apply(round, form);
		return this.rounds.saveAndFlush(round);
	}

	@Proposable(value = "round", labels = "admin.round", current = "form")
	@Transactional
	public Round update(String slug, RoundForm form) {
		Round round = this.rounds.forEditing(slug);
		RoundForm submitted = form.identifying(round);
		EditConflictException.unlessCurrent(RoundForm.of(round), submitted, "admin.round");
		apply(round, submitted);
		return this.rounds.saveAndFlush(round);
	}

	/**
	 * References are resolved before anything changes, so no query flushes a half-made
	 * change.
	 */
	private void apply(Round round, RoundForm form) {
		List<Source> cited = this.sources.cited("sources", form.sources(), round.isPublished());
		ZoneId zone = this.timeZones.of(form, round.getProcess());
		Instant scheduledStart = RoundForm.instant("scheduledStart", form.scheduledStart(), zone);
		Instant startedAt = RoundForm.instant("startedAt", form.startedAt(), zone);
		Instant endedAt = RoundForm.instant("endedAt", form.endedAt(), zone);
		round.schedule(form.number(), form.status(), form.heldOn(), form.city(), form.venue());
		round.namePlace(form.cityNames(), form.venueNames());
		round.time(zone, scheduledStart, startedAt, endedAt, form.duration());
		round.report(form.summary(), form.outcome(), form.nextSteps(), cited);
	}

	/**
	 * Publishes the round unless one of its facts cites no source; returns those facts,
	 * so the editor knows what to complete (nothing is published then).
	 */
	@Transactional
	public List<FactName> publish(String slug) {
		Round round = this.rounds.forEditing(slug);
		List<FactName> unsourced = this.facts.unsourced(round.getId());
		if (unsourced.isEmpty()) {
			round.publish();
		}
		return unsourced;
	}

	/** Whether readers see the round, so that it can be withdrawn. */
	@Transactional(readOnly = true)
	public boolean isPublished(String slug) {
		return this.rounds.forEditing(slug).isPublished();
	}

	/**
	 * Takes a published round from readers and records the withdrawal with its public
	 * reason, both or neither; returns false, changing nothing, when the round is not
	 * published.
	 */
	@Transactional
	public boolean withdraw(String slug, WithdrawalForm form, String editor) {
		Round round = this.rounds.forEditing(slug);
		if (!round.isPublished()) {
			return false;
		}
		this.withdrawals.save(round.withdraw(form.reason(), editor, this.clock.instant()));
		this.rounds.flush();
		return true;
	}

	/**
	 * Memoranda and statements about the round refuse its deletion; its own facts go with
	 * it. A published round is withdrawn first, with a reason for readers: deleted, its
	 * address would answer as if it never was.
	 */
	@Transactional(readOnly = true)
	public DeleteImpact impactOfDeleting(String slug) {
		Round round = this.rounds.forEditing(slug);
		List<FactName> dependants = new ArrayList<>();
		if (round.isPublished()) {
			dependants.add(FactName.of("publishedRound", round.getSlug()));
		}
		dependants.addAll(this.facts.dependants(round.getId()));
		return new DeleteImpact(dependants, this.facts.parts(round.getId()));
	}

	@Transactional
	public DeleteImpact delete(String slug) {
		DeleteImpact impact = impactOfDeleting(slug);
		if (!impact.refused()) {
			this.rounds.delete(this.rounds.forEditing(slug));
			this.rounds.flush();
		}
		return impact;
	}

}
