package org.talkstracker.process;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.FactName;
import org.talkstracker.editing.SharedRecordEditor;
import org.talkstracker.web.RecordNotFoundException;

/**
 * Parties, each write checked against the version the editor saw; a party anything refers
 * to is never deleted.
 */
@Service
class PartyEditor implements SharedRecordEditor<PartyForm> {

	private final PartyRepository parties;

	private final List<ProcessDependants> dependants;

	PartyEditor(PartyRepository parties, List<ProcessDependants> dependants) {
		this.parties = parties;
		this.dependants = dependants;
	}

	@Transactional(readOnly = true)
	public List<Party> all() {
		return this.parties.findAllByOrderByName();
	}

	@Override
	@Transactional(readOnly = true)
	public PartyForm form(String slug) {
		return PartyForm.of(party(slug));
	}

	@Override
	@Transactional
	public void add(PartyForm form) {
		Party party = new Party(form.slug());
		party.describe(form.name(), form.kind());
		party.rename(form.names());
		party.identify(form.wikidataId());
		party.identifyInUcdp(form.ucdpActorId());
		this.parties.saveAndFlush(party);
	}

	@Override
	@Transactional
	public void update(String slug, PartyForm form) {
		Party party = party(slug);
		PartyForm submitted = form.withSlug(slug);
		EditConflictException.unlessCurrent(PartyForm.of(party), submitted, "admin.party");
		party.describe(submitted.name(), submitted.kind());
		party.rename(submitted.names());
		party.identify(submitted.wikidataId());
		party.identifyInUcdp(submitted.ucdpActorId());
		this.parties.flush();
	}

	@Override
	@Transactional(readOnly = true)
	public DeleteImpact impactOfDeleting(String slug) {
		long party = party(slug).getId();
		List<FactName> dependants = new ArrayList<>(this.parties.findProcessNames(party));
		this.dependants.forEach((feature) -> dependants.addAll(feature.ofParty(party)));
		return new DeleteImpact(dependants, List.of());
	}

	@Override
	@Transactional
	public DeleteImpact delete(String slug) {
		DeleteImpact impact = impactOfDeleting(slug);
		if (!impact.refused()) {
			this.parties.delete(party(slug));
			this.parties.flush();
		}
		return impact;
	}

	private Party party(String slug) {
		return this.parties.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("party", slug));
	}

}
