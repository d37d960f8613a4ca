package org.talkstracker.memorandum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.talkstracker.editing.Name;
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
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;

/** A document a party hands over, with its clauses. */
@Entity
@Audited
@EntityListeners({ RoundChanges.class, MemorandumChanges.class })
@AuditOverride(forClass = CitingRecord.class, name = "sources",
		auditJoinTable = @AuditJoinTable(name = "memorandum_citation_aud"))
public class Memorandum extends CitingRecord implements RoundFact, WrittenTexts {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private PeaceProcess process;

	private String slug;

	private String title;

	private String titleUk;

	private String titleRu;

	private String titleOriginal = "en";

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Party authorParty;

	/** The round where it was delivered, if any. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Round round;

	/** The round as loaded: moving to another round changes the facts of both. */
	@Transient
	private Round roundAsLoaded;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "delivered_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "delivered_on_precision"))
	private ReportedDate delivered;

	private LocalDate publishedOn;

	private String summary;

	private TextLanguage summaryLanguage = TextLanguage.EN;

	@OneToMany(mappedBy = "memorandum", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<Clause> clauses = new ArrayList<>();

	protected Memorandum() {
	}

	public Memorandum(PeaceProcess process, String slug) {
		this.process = process;
		this.slug = slug;
	}

	public void describe(String title, Party author, String summary, List<Source> sources) {
		this.title = title;
		this.authorParty = author;
		this.summary = summary;
		cite(sources);
	}

	public void deliver(Round round, ReportedDate delivered, LocalDate publishedOn) {
		this.round = round;
		this.delivered = delivered;
		this.publishedOn = publishedOn;
	}

	/** The clause with this number, added when it is new. */
	public Clause clause(int number) {
		return findClause(number).orElseGet(() -> {
			Clause added = new Clause(this, number);
			this.clauses.add(added);
			return added;
		});
	}

	public Optional<Clause> findClause(int number) {
		return this.clauses.stream().filter((clause) -> clause.getNumber() == number).findFirst();
	}

	public PeaceProcess getProcess() {
		return this.process;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	/**
	 * Gives its title in every language: the English one, the Ukrainian and Russian ones
	 * when known, and which is the original.
	 */
	public void entitle(Name titles) {
		this.title = titles.en();
		this.titleUk = titles.uk();
		this.titleRu = titles.ru();
		this.titleOriginal = titles.original();
	}

	/** Its title in every language, with the original marked. */
	public Name getTitles() {
		return new Name(this.title, this.titleUk, this.titleRu, this.titleOriginal);
	}

	public Party getAuthorParty() {
		return this.authorParty;
	}

	public Round getRound() {
		return this.round;
	}

	public ReportedDate getDelivered() {
		return this.delivered;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getSummary() {
		return this.summary;
	}

	public List<Clause> getClauses() {
		return this.clauses;
	}

	public void removeClause(Clause clause) {
		this.clauses.remove(clause);
	}

	/**
	 * Whether readers see it, on its own page: it was delivered at no round, or at a
	 * published one.
	 */
	public boolean isVisible() {
		return this.round == null || this.round.isPublished();
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
		return FactKind.MEMORANDUM;
	}

	@Override
	public List<String> textFields() {
		return List.of("summary");
	}

	@Override
	public String text(String field) {
		return switch (field) {
			case "summary" -> this.summary;
			default -> throw WrittenTexts.unknownText(field);
		};
	}

	@Override
	public TextLanguage writtenIn(String field) {
		return switch (field) {
			case "summary" -> this.summaryLanguage;
			default -> throw WrittenTexts.unknownText(field);
		};
	}

	@Override
	public void markWrittenIn(String field, TextLanguage language) {
		switch (field) {
			case "summary" -> this.summaryLanguage = language;
			default -> throw WrittenTexts.unknownText(field);
		}
	}

}
