package org.talkstracker.process;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.UnknownChoiceException;
import org.talkstracker.web.Choice;

/** Parties and processes as editors choose them in forms, by slug. */
@Component
public class PartyCatalogue {

	private final PartyRepository parties;

	private final PeaceProcessRepository processes;

	PartyCatalogue(PartyRepository parties, PeaceProcessRepository processes) {
		this.parties = parties;
		this.processes = processes;
	}

	@Transactional(readOnly = true)
	public List<Choice> parties() {
		return this.parties.findAllByOrderByName()
			.stream()
			.map((party) -> new Choice(party.getSlug(), party.getName()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Choice> processes() {
		return this.processes.findAllByOrderByName()
			.stream()
			.map((process) -> new Choice(process.getSlug(), process.getName()))
			.toList();
	}

	/** The party a form chose; an unknown slug is an error of the form's field. */
	public Party party(String field, String slug) {
		return this.parties.findBySlug(slug).orElseThrow(() -> new UnknownChoiceException(field, slug));
	}

	public PeaceProcess process(String field, String slug) {
		return this.processes.findBySlug(slug).orElseThrow(() -> new UnknownChoiceException(field, slug));
	}

}
