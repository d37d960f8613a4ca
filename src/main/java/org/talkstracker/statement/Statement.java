package org.talkstracker.statement;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.talkstracker.people.Person;
import org.talkstracker.process.Party;
import org.talkstracker.process.PeaceProcess;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundChanges;
import org.talkstracker.round.RoundFact;
import org.talkstracker.source.CitingRecord;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.Source;
import org.talkstracker.text.FactKind;
import org.talkstracker.text.TextLanguage;
import org.talkstracker.text.WrittenTexts;

import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;

/**
 * What a named person or a party said, when, about which round; it may dispute another
 * statement.
 */
@Entity
@Audited
@EntityListeners(RoundChanges.class)
@AuditOverride(forClass = CitingRecord.class, name = "sources",
		auditJoinTable = @AuditJoinTable(name = "statement_citation_aud"))
public class Statement extends CitingRecord implements RoundFact, WrittenTexts {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private PeaceProcess process;

	private String slug;

	@ManyToOne(fetch = FetchType.LAZY)
	private Round round;

	/** The round as loaded: moving to another round changes the facts of both. */
	@Transient
	private Round roundAsLoaded;

	@ManyToOne(fetch = FetchType.LAZY)
	private Person speaker;

	/** The title the speaker held when speaking. */
	private String speakerTitle;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Party party;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "said_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "said_on_precision"))
	private ReportedDate said;

	private String text;

	/** A short attributed quote, if the statement has one. */
	private String quote;

	private TextLanguage textLanguage = TextLanguage.EN;

	private TextLanguage quoteLanguage = TextLanguage.EN;

	@ManyToOne(fetch = FetchType.LAZY)
	private Statement disputes;

	protected Statement() {
	}

	public Statement(PeaceProcess process, String slug) {
		this.process = process;
		this.slug = slug;
	}

	public void attribute(Party party, Person speaker, String speakerTitle, Round round, ReportedDate said) {
		this.party = party;
		this.speaker = speaker;
		this.speakerTitle = speakerTitle;
		this.round = round;
		this.said = said;
	}

	public void say(String text, String quote, List<Source> sources) {
		this.text = text;
		this.quote = quote;
		cite(sources);
	}

	public void dispute(Statement disputed) {
		if (disputed == this) {
			throw new IllegalArgumentException("A statement cannot dispute itself");
		}
		this.disputes = disputed;
	}

	public PeaceProcess getProcess() {
		return this.process;
	}

	public String getSlug() {
		return this.slug;
	}

	public Round getRound() {
		return this.round;
	}

	public Person getSpeaker() {
		return this.speaker;
	}

	public String getSpeakerTitle() {
		return this.speakerTitle;
	}

	public Party getParty() {
		return this.party;
	}

	public ReportedDate getSaid() {
		return this.said;
	}

	public String getText() {
		return this.text;
	}

	public String getQuote() {
		return this.quote;
	}

	public Statement getDisputes() {
		return this.disputes;
	}

	@PostLoad
	void loaded() {
		this.roundAsLoaded = this.round;
	}

	@Override
	public Stream<Round> rounds() {
		return Stream.of(this.round, this.roundAsLoaded).filter(Objects::nonNull).distinct();
	}

	@Override
	public FactKind factKind() {
		return FactKind.STATEMENT;
	}

	@Override
	public List<String> textFields() {
		return List.of("text", "quote");
	}

	@Override
	public String text(String field) {
		return switch (field) {
			case "text" -> this.text;
			case "quote" -> this.quote;
			default -> throw WrittenTexts.unknownText(field);
		};
	}

	@Override
	public TextLanguage writtenIn(String field) {
		return switch (field) {
			case "text" -> this.textLanguage;
			case "quote" -> this.quoteLanguage;
			default -> throw WrittenTexts.unknownText(field);
		};
	}

	@Override
	public void markWrittenIn(String field, TextLanguage language) {
		switch (field) {
			case "text" -> this.textLanguage = language;
			case "quote" -> this.quoteLanguage = language;
			default -> throw WrittenTexts.unknownText(field);
		}
	}

}
