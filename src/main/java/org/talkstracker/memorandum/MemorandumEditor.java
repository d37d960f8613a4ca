package org.talkstracker.memorandum;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.FactName;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.Proposable;
import org.talkstracker.process.Party;
import org.talkstracker.process.PartyCatalogue;
import org.talkstracker.process.PeaceProcess;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundCatalogue;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.Source;
import org.talkstracker.source.SourceCatalogue;
import org.talkstracker.web.RecordNotFoundException;

/** Memoranda and their clauses, each write checked against the version the editor saw. */
@Service
class MemorandumEditor {

	private final MemorandumRepository memoranda;

	private final RoundCatalogue rounds;

	private final PartyCatalogue parties;

	private final SourceCatalogue sources;

	MemorandumEditor(MemorandumRepository memoranda, RoundCatalogue rounds, PartyCatalogue parties,
			SourceCatalogue sources) {
		this.memoranda = memoranda;
		this.rounds = rounds;
		this.parties = parties;
		this.sources = sources;
	}

	@Transactional(readOnly = true)
	public List<EditableMemorandum> all() {
		return this.memoranda.findListings();
	}

	@Transactional(readOnly = true)
	public MemorandumForm form(String slug) {
		return MemorandumForm.of(memorandum(slug));
	}

	/** The memorandum's clauses, listed below its form. */
	@Transactional(readOnly = true)
	public List<ClauseForm> clauses(String slug) {
		return memorandum(slug).getClauses().stream().map(ClauseForm::of).toList();
	}

	@Proposable(value = "memorandum.add", labels = "admin.memorandum")
	@Transactional
	public void add(MemorandumForm form) {
		PeaceProcess process = this.parties.process("process", form.process());
		Memorandum memorandum = new Memorandum(process, form.slug());
		apply(memorandum, form);
		this.memoranda.saveAndFlush(memorandum);
	}

	@Proposable(value = "memorandum", labels = "admin.memorandum", current = "form")
	@Transactional
	public void update(String slug, MemorandumForm form) {
		Memorandum memorandum = memorandum(slug);
		MemorandumForm submitted = form.identifying(memorandum);
		EditConflictException.unlessCurrent(MemorandumForm.of(memorandum), submitted, "admin.memorandum");
		apply(memorandum, submitted);
		this.memoranda.flush();
	}

	/** The clauses go with the memorandum; nothing else depends on it. */
	@Transactional(readOnly = true)
	public DeleteImpact impactOfDeleting(String slug) {
		return new DeleteImpact(List.of(),
				memorandum(slug).getClauses()
					.stream()
					.map((clause) -> FactName.of("clause", "§" + clause.getNumber()))
					.toList());
	}

	@Proposable(value = "memorandum.delete", labels = "admin.memorandum", current = "form")
	@Transactional
	public void delete(String slug) {
		Memorandum memorandum = memorandum(slug);
		this.memoranda.delete(memorandum);
		this.memoranda.flush();
	}

	/**
	 * References are resolved before anything changes, so no query flushes a half-made
	 * change.
	 */
	private void apply(Memorandum memorandum, MemorandumForm form) {
		Party author = this.parties.party("author", form.author());
		Round round = this.rounds.ofProcess(form.round(), memorandum.getProcess(), "admin.memorandum.otherProcess");
		List<Source> cited = this.sources.cited("sources", form.sources(), round != null && round.isPublished());
		memorandum.describe(form.title(), author, form.summary(), cited);
		memorandum.entitle(form.titles());
		memorandum.deliver(round,
				(form.deliveredOn() != null) ? new ReportedDate(form.deliveredOn(), form.deliveredPrecision()) : null,
				form.publishedOn());
	}

	@Transactional(readOnly = true)
	public ClauseForm clauseForm(String slug, int number) {
		return ClauseForm.of(clause(memorandum(slug), number));
	}

	@Transactional(readOnly = true)
	public int nextClauseNumber(String slug) {
		return memorandum(slug).getClauses().stream().mapToInt(Clause::getNumber).max().orElse(0) + 1;
	}

	/**
	 * A clause is covered by its memorandum's sources, so it may cite none of its own,
	 * also on a published round.
	 */
	@Proposable(value = "clause.add", labels = "admin.clause")
	@Transactional
	public void addClause(String slug, ClauseForm form) {
		Memorandum memorandum = memorandum(slug);
		if (memorandum.findClause(form.number()).isPresent()) {
			throw new FieldRefusedException("number", "admin.clause.taken");
		}
		List<Source> cited = this.sources.cited("sources", form.sources());
		memorandum.clause(form.number()).state(form.topic(), form.text(), cited);
		this.memoranda.flush();
	}

	@Proposable(value = "clause", labels = "admin.clause", current = "clauseForm")
	@Transactional
	public void updateClause(String slug, int number, ClauseForm form) {
		Memorandum memorandum = memorandum(slug);
		Clause clause = clause(memorandum, number);
		ClauseForm submitted = form.withNumber(number);
		EditConflictException.unlessCurrent(ClauseForm.of(clause), submitted, "admin.clause");
		List<Source> cited = this.sources.cited("sources", form.sources());
		clause.state(form.topic(), form.text(), cited);
		this.memoranda.flush();
	}

	@Proposable(value = "clause.delete", labels = "admin.clause", current = "clauseForm")
	@Transactional
	public void deleteClause(String slug, int number) {
		Memorandum memorandum = memorandum(slug);
		memorandum.removeClause(clause(memorandum, number));
		this.memoranda.flush();
	}

	private Memorandum memorandum(String slug) {
		return this.memoranda.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("memorandum", slug));
	}

	private static Clause clause(Memorandum memorandum, int number) {
		return memorandum.findClause(number).orElseThrow(() -> new RecordNotFoundException("clause", number));
	}

}
