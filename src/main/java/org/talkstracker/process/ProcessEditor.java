package org.talkstracker.process;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.SharedRecordEditor;
import org.talkstracker.editing.UnknownChoiceException;
import org.talkstracker.web.RecordNotFoundException;

/**
 * Peace processes and the parties involved in them, each write checked against the
 * version the editor saw; a process with rounds, memoranda, statements or context events
 * is never deleted.
 */
@Service
class ProcessEditor implements SharedRecordEditor<ProcessForm> {

	private final PeaceProcessRepository processes;

	private final PartyRepository parties;

	private final List<ProcessDependants> dependants;

	ProcessEditor(PeaceProcessRepository processes, PartyRepository parties, List<ProcessDependants> dependants) {
		this.processes = processes;
		this.parties = parties;
		this.dependants = dependants;
	}

	@Transactional(readOnly = true)
	public List<PeaceProcess> all() {
		return this.processes.findAllByOrderByName();
	}

	@Override
	@Transactional(readOnly = true)
	public ProcessForm form(String slug) {
		return ProcessForm.of(process(slug));
	}

	@Override
	@Transactional
	public void add(ProcessForm form) {
		PeaceProcess process = new PeaceProcess(form.slug());
		process.describe(form.name(), form.description(), involved(form.parties()));
		process.rename(form.names());
		process.identify(form.wikidataId());
		process.identifyInConflictData(form.ucdpConflictId(), form.paxProcessId());
		this.processes.saveAndFlush(process);
	}

	@Override
	@Transactional
	public void update(String slug, ProcessForm form) {
		PeaceProcess process = process(slug);
		ProcessForm submitted = form.withSlug(slug);
		EditConflictException.unlessCurrent(ProcessForm.of(process), submitted, "admin.process");
		process.describe(submitted.name(), submitted.description(), involved(submitted.parties()));
		process.rename(submitted.names());
		process.identify(submitted.wikidataId());
		process.identifyInConflictData(submitted.ucdpConflictId(), submitted.paxProcessId());
		this.processes.flush();
	}

	/**
	 * The parties go with the process; what happened in it keeps it from being deleted.
	 */
	@Override
	@Transactional(readOnly = true)
	public DeleteImpact impactOfDeleting(String slug) {
		long process = process(slug).getId();
		return new DeleteImpact(
				this.dependants.stream().flatMap((feature) -> feature.ofProcess(process).stream()).toList(), List.of());
	}

	@Override
	@Transactional
	public DeleteImpact delete(String slug) {
		DeleteImpact impact = impactOfDeleting(slug);
		if (!impact.refused()) {
			this.processes.delete(process(slug));
			this.processes.flush();
		}
		return impact;
	}

	/**
	 * The parties a form chose, in its order; an unknown one is an error of the parties
	 * field.
	 */
	private Set<Party> involved(List<String> slugs) {
		Map<String, Party> found = this.parties.findBySlugIn(slugs)
			.stream()
			.collect(Collectors.toMap(Party::getSlug, Function.identity()));
		Set<Party> involved = new LinkedHashSet<>();
		for (String slug : slugs) {
			Party party = found.get(slug);
			if (party == null) {
				throw new UnknownChoiceException("parties", slug);
			}
			involved.add(party);
		}
		return involved;
	}

	private PeaceProcess process(String slug) {
		return this.processes.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("process", slug));
	}

}
