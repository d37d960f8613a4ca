package org.talkstracker.statement;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.FactName;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.Proposable;
import org.talkstracker.people.Person;
import org.talkstracker.people.PersonCatalogue;
import org.talkstracker.process.Party;
import org.talkstracker.process.PartyCatalogue;
import org.talkstracker.process.PeaceProcess;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundCatalogue;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.Source;
import org.talkstracker.source.SourceCatalogue;
import org.talkstracker.web.Choice;
import org.talkstracker.web.RecordNotFoundException;

/** Statements, each write checked against the version the editor saw. */
@Service
class StatementEditor {

	private final StatementRepository statements;

	private final RoundCatalogue rounds;

	private final PartyCatalogue parties;

	private final PersonCatalogue people;

	private final SourceCatalogue sources;

	StatementEditor(StatementRepository statements, RoundCatalogue rounds, PartyCatalogue parties,
			PersonCatalogue people, SourceCatalogue sources) {
		this.statements = statements;
		this.rounds = rounds;
		this.parties = parties;
		this.people = people;
		this.sources = sources;
	}

	@Transactional(readOnly = true)
	public List<StatementListing> all() {
		return this.statements.findListings();
	}

	/** Statements one may dispute, named by who made them. */
	@Transactional(readOnly = true)
	public List<Choice> disputable() {
		return this.statements.findListings()
			.stream()
			.map((statement) -> new Choice(statement.slug(), statement.speaker() + ": " + abbreviate(statement.text())))
			.toList();
	}

	@Transactional(readOnly = true)
	public StatementForm form(String process, String slug) {
		return StatementForm.of(statement(process, slug));
	}

	@Proposable(value = "statement.add", labels = "admin.statement")
	@Transactional
	public void add(StatementForm form) {
		Statement statement = new Statement(this.parties.process("process", form.process()), form.slug());
		apply(statement, form);
		this.statements.saveAndFlush(statement);
	}

	@Proposable(value = "statement", labels = "admin.statement", current = "form")
	@Transactional
	public void update(String process, String slug, StatementForm form) {
		Statement statement = statement(process, slug);
		StatementForm submitted = form.identifying(statement);
		EditConflictException.unlessCurrent(StatementForm.of(statement), submitted, "admin.statement");
		apply(statement, submitted);
		this.statements.flush();
	}

	/** Statements disputing this one refuse its deletion. */
	@Transactional(readOnly = true)
	public DeleteImpact impactOfDeleting(String process, String slug) {
		return new DeleteImpact(this.statements.findSlugsDisputing(statement(process, slug))
			.stream()
			.map((disputing) -> FactName.of("statement", disputing))
			.toList(), List.of());
	}

	@Proposable(value = "statement.delete", labels = "admin.statement", current = "form")
	@Transactional
	public DeleteImpact delete(String process, String slug) {
		DeleteImpact impact = impactOfDeleting(process, slug);
		if (!impact.refused()) {
			Statement statement = statement(process, slug);
			this.statements.delete(statement);
			this.statements.flush();
		}
		return impact;
	}

	/**
	 * References are resolved before anything changes, so no query flushes a half-made
	 * change.
	 */
	private void apply(Statement statement, StatementForm form) {
		PeaceProcess process = statement.getProcess();
		Party party = this.parties.party("party", form.party());
		Person speaker = (form.speaker() != null) ? this.people.person("speaker", form.speaker()) : null;
		Round round = this.rounds.ofProcess(form.round(), process, "admin.statement.otherProcess");
		List<Source> cited = this.sources.cited("sources", form.sources(), round != null && round.isPublished());
		Statement disputed = disputed(form, process);
		statement.attribute(party, speaker, form.speakerTitle(), round,
				(form.saidOn() != null) ? new ReportedDate(form.saidOn(), form.saidPrecision()) : null);
		statement.say(form.text(), form.quote(), cited);
		statement.dispute(disputed);
	}

	private Statement disputed(StatementForm form, PeaceProcess process) {
		if (form.disputes() == null) {
			return null;
		}
		if (form.disputes().equals(form.slug())) {
			throw new FieldRefusedException("disputes", "admin.statement.disputesItself");
		}
		return this.statements.findByProcessAndSlug(process, form.disputes())
			.orElseThrow(() -> new FieldRefusedException("disputes", "admin.statement.otherProcess"));
	}

	private Statement statement(String process, String slug) {
		return this.statements.findByProcess_SlugAndSlug(process, slug)
			.orElseThrow(() -> new RecordNotFoundException("statement", process + "/" + slug));
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 79) + "…" : text;
	}

}
