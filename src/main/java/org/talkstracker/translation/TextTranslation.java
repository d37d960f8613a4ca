package org.talkstracker.translation;

import java.time.Instant;
import java.util.stream.Stream;

import org.talkstracker.memorandum.Clause;
import org.talkstracker.memorandum.Memorandum;
import org.talkstracker.proposal.Proposal;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundChanges;
import org.talkstracker.round.RoundFact;
import org.talkstracker.statement.Statement;
import org.talkstracker.text.Text;
import org.talkstracker.text.TextLanguage;
import org.talkstracker.text.WrittenTexts;

import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * One text of one fact in another language than it was written in, with who translated it
 * and when. The fact is one of a round, a proposal, a memorandum, a clause or a
 * statement; the field names which of its texts.
 */
@Entity
@Audited
@EntityListeners({ RoundChanges.class, TranslationChanges.class })
class TextTranslation implements RoundFact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY)
	private Round round;

	@ManyToOne(fetch = FetchType.LAZY)
	private Proposal proposal;

	@ManyToOne(fetch = FetchType.LAZY)
	private Memorandum memorandum;

	@ManyToOne(fetch = FetchType.LAZY)
	private Clause clause;

	@ManyToOne(fetch = FetchType.LAZY)
	private Statement statement;

	private String field;

	private TextLanguage language;

	private String text;

	private String translator;

	private Instant translatedAt;

	protected TextTranslation() {
	}

	/** A translation of the given text of a fact into a language. */
	TextTranslation(WrittenTexts fact, String field, TextLanguage language) {
		if (fact instanceof Round round) {
			this.round = round;
		}
		else if (fact instanceof Proposal proposal) {
			this.proposal = proposal;
		}
		else if (fact instanceof Memorandum memorandum) {
			this.memorandum = memorandum;
		}
		else if (fact instanceof Clause clause) {
			this.clause = clause;
		}
		else {
			this.statement = (Statement) fact;
		}
		this.field = field;
		this.language = language;
	}

	/** The translation's words, from its translator, as of the given time. */
	void translate(String text, String translator, Instant at) {
		this.text = text;
		this.translator = translator;
		this.translatedAt = at;
	}

	long getVersion() {
		return this.version;
	}

	String getField() {
		return this.field;
	}

	TextLanguage getLanguage() {
		return this.language;
	}

	String getText() {
		return this.text;
	}

	String getTranslator() {
		return this.translator;
	}

	Instant getTranslatedAt() {
		return this.translatedAt;
	}

	/** The fact whose text this translates. */
	Object fact() {
		return Stream.of(this.round, this.proposal, this.memorandum, this.clause, this.statement)
			.filter((fact) -> fact != null)
			.findFirst()
			.orElseThrow();
	}

	Text.Translation view() {
		return new Text.Translation(this.language, this.text, this.translator, this.translatedAt);
	}

	@Override
	public Stream<Round> rounds() {
		Object fact = fact();
		return (fact instanceof Round round) ? Stream.of(round) : ((RoundFact) fact).rounds();
	}

}
