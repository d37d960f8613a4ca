package org.talkstracker.memorandum;

import java.util.List;
import java.util.stream.Stream;

import org.talkstracker.round.Round;
import org.talkstracker.round.RoundChanges;
import org.talkstracker.round.RoundFact;
import org.talkstracker.source.CitingRecord;
import org.talkstracker.source.Source;
import org.talkstracker.text.FactKind;
import org.talkstracker.text.TextLanguage;
import org.talkstracker.text.WrittenTexts;

import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** One numbered clause of a memorandum, with its topic. */
@Entity
@Audited
@EntityListeners({ RoundChanges.class, MemorandumChanges.class })
@AuditOverride(forClass = CitingRecord.class, name = "sources",
		auditJoinTable = @AuditJoinTable(name = "clause_citation_aud"))
public class Clause extends CitingRecord implements RoundFact, WrittenTexts {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Memorandum memorandum;

	private int number;

	@Enumerated(EnumType.STRING)
	private ClauseTopic topic;

	private String text;

	private TextLanguage textLanguage = TextLanguage.EN;

	protected Clause() {
	}

	Clause(Memorandum memorandum, int number) {
		this.memorandum = memorandum;
		this.number = number;
	}

	public void state(ClauseTopic topic, String text, List<Source> sources) {
		this.topic = topic;
		this.text = text;
		cite(sources);
	}

	public Memorandum getMemorandum() {
		return this.memorandum;
	}

	public int getNumber() {
		return this.number;
	}

	public ClauseTopic getTopic() {
		return this.topic;
	}

	public String getText() {
		return this.text;
	}

	@Override
	public Stream<Round> rounds() {
		return this.memorandum.rounds();
	}

	@Override
	public FactKind factKind() {
		return FactKind.CLAUSE;
	}

	@Override
	public List<String> textFields() {
		return List.of("text");
	}

	@Override
	public String text(String field) {
		return switch (field) {
			case "text" -> this.text;
			default -> throw WrittenTexts.unknownText(field);
		};
	}

	@Override
	public TextLanguage writtenIn(String field) {
		return switch (field) {
			case "text" -> this.textLanguage;
			default -> throw WrittenTexts.unknownText(field);
		};
	}

	@Override
	public void markWrittenIn(String field, TextLanguage language) {
		switch (field) {
			case "text" -> this.textLanguage = language;
			default -> throw WrittenTexts.unknownText(field);
		}
	}

}
