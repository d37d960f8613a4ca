package org.talkstracker.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.talkstracker.process.Party;
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

/** What one party put on the table at a round, and how the other side answered. */
@Entity
@Audited
@EntityListeners(RoundChanges.class)
@AuditOverride(forClass = CitingRecord.class, name = "sources",
		auditJoinTable = @AuditJoinTable(name = "proposal_citation_aud"))
public class Proposal extends CitingRecord implements RoundFact, WrittenTexts {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Round round;

	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Party party;

	@Enumerated(EnumType.STRING)
	private ProposalCategory category;

	private String title;

	private String details;

	@Enumerated(EnumType.STRING)
	private ProposalStatus status;

	private String response;

	private TextLanguage titleLanguage = TextLanguage.EN;

	private TextLanguage detailsLanguage = TextLanguage.EN;

	private TextLanguage responseLanguage = TextLanguage.EN;

	private LocalDate deadline;

	private int position;

	protected Proposal() {
	}

	public Proposal(Round round, String slug, int position) {
		this.round = round;
		this.slug = slug;
		this.position = position;
	}

	public void table(Party party, ProposalCategory category, String title, String details, LocalDate deadline,
			List<Source> sources) {
		this.party = party;
		this.category = category;
		this.title = title;
		this.details = details;
		this.deadline = deadline;
		cite(sources);
	}

	public void answer(ProposalStatus status, String response) {
		this.status = status;
		this.response = response;
	}

	public Round getRound() {
		return this.round;
	}

	public String getSlug() {
		return this.slug;
	}

	public Party getParty() {
		return this.party;
	}

	public ProposalCategory getCategory() {
		return this.category;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDetails() {
		return this.details;
	}

	public ProposalStatus getStatus() {
		return this.status;
	}

	public String getResponse() {
		return this.response;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	@Override
	public Stream<Round> rounds() {
		return Stream.ofNullable(this.round);
	}

	@Override
	public FactKind factKind() {
		return FactKind.PROPOSAL;
	}

	@Override
	public List<String> textFields() {
		return List.of("title", "details", "response");
	}

	@Override
	public String text(String field) {
		return switch (field) {
			case "title" -> this.title;
			case "details" -> this.details;
			case "response" -> this.response;
			default -> throw WrittenTexts.unknownText(field);
		};
	}

	@Override
	public TextLanguage writtenIn(String field) {
		return switch (field) {
			case "title" -> this.titleLanguage;
			case "details" -> this.detailsLanguage;
			case "response" -> this.responseLanguage;
			default -> throw WrittenTexts.unknownText(field);
		};
	}

	@Override
	public void markWrittenIn(String field, TextLanguage language) {
		switch (field) {
			case "title" -> this.titleLanguage = language;
			case "details" -> this.detailsLanguage = language;
			case "response" -> this.responseLanguage = language;
			default -> throw WrittenTexts.unknownText(field);
		}
	}

}
