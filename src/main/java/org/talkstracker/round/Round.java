package org.talkstracker.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.talkstracker.editing.Name;
import org.talkstracker.process.Party;
import org.talkstracker.process.PeaceProcess;
import org.talkstracker.source.CitingRecord;
import org.talkstracker.source.Source;
import org.talkstracker.text.FactKind;
import org.talkstracker.text.TextLanguage;
import org.talkstracker.text.WrittenTexts;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** One meeting of a peace process. */
@Entity
@Audited
@EntityListeners(RoundChanges.class)
@AuditOverride(forClass = CitingRecord.class, name = "sources",
		auditJoinTable = @AuditJoinTable(name = "round_citation_aud"))
public class Round extends CitingRecord implements WrittenTexts {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private PeaceProcess process;

	private String slug;

	private int number;

	@Enumerated(EnumType.STRING)
	private RoundStatus status;

	private String city;

	private String cityUk;

	private String cityRu;

	private String cityOriginal;

	private String venue;

	private String venueUk;

	private String venueRu;

	private String venueOriginal;

	private LocalDate heldOn;

	/**
	 * The venue's IANA time zone, in which editors enter the times and readers see them.
	 */
	private String timeZone;

	private Instant scheduledStart;

	private Instant startedAt;

	private Instant endedAt;

	@Embedded
	private RoundDuration duration;

	private String summary;

	private String outcome;

	private String nextSteps;

	private TextLanguage summaryLanguage = TextLanguage.EN;

	private TextLanguage outcomeLanguage = TextLanguage.EN;

	private TextLanguage nextStepsLanguage = TextLanguage.EN;

	private boolean published;

	/**
	 * When the round or one of its facts last changed, as readers see it. Moving it is
	 * not an edit of the round, so it leaves the version alone: an editor's open round
	 * form stays current.
	 */
	@OptimisticLock(excluded = true)
	private Instant updatedAt;

	@OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Delegation> delegations = new ArrayList<>();

	@OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("role, id")
	private List<ThirdParty> thirdParties = new ArrayList<>();

	protected Round() {
	}

	public Round(PeaceProcess process, String slug) {
		this.process = process;
		this.slug = slug;
	}

	public void schedule(int number, RoundStatus status, LocalDate heldOn, String city, String venue) {
		this.number = number;
		this.status = status;
		this.heldOn = heldOn;
		this.city = city;
		this.venue = venue;
		this.cityOriginal = (city != null) ? originalOr(this.cityOriginal) : null;
		this.venueOriginal = (venue != null) ? originalOr(this.venueOriginal) : null;
		if (city == null) {
			this.cityUk = null;
			this.cityRu = null;
		}
		if (venue == null) {
			this.venueUk = null;
			this.venueRu = null;
		}
	}

	/**
	 * Names its city and venue in every language ({@code null} for one not known yet):
	 * their English names are those {@link #schedule} gives.
	 */
	public void namePlace(Name city, Name venue) {
		this.city = (city != null) ? city.en() : null;
		this.cityUk = (city != null) ? city.uk() : null;
		this.cityRu = (city != null) ? city.ru() : null;
		this.cityOriginal = (city != null) ? city.original() : null;
		this.venue = (venue != null) ? venue.en() : null;
		this.venueUk = (venue != null) ? venue.uk() : null;
		this.venueRu = (venue != null) ? venue.ru() : null;
		this.venueOriginal = (venue != null) ? venue.original() : null;
	}

	private static String originalOr(String original) {
		return (original != null) ? original : "en";
	}

	/**
	 * When the round was to start, started and ended, as instants, with the time zone of
	 * its venue in which they are told (required when any time is known).
	 */
	public void time(ZoneId zone, Instant scheduledStart, Instant startedAt, Instant endedAt, RoundDuration duration) {
		this.timeZone = (zone != null) ? zone.getId() : null;
		this.scheduledStart = scheduledStart;
		this.startedAt = startedAt;
		this.endedAt = endedAt;
		this.duration = duration;
	}

	public void report(String summary, String outcome, String nextSteps, List<Source> sources) {
		this.summary = summary;
		this.outcome = outcome;
		this.nextSteps = nextSteps;
		cite(sources);
	}

	public void publish() {
		this.published = true;
	}

	/**
	 * Takes the published round from readers, for a public reason that its address gives
	 * them from then on; the withdrawal is to be kept.
	 */
	public RoundWithdrawal withdraw(String reason, String editor, Instant at) {
		if (!this.published) {
			throw new IllegalStateException("Round '" + this.slug + "' is not published");
		}
		this.published = false;
		return new RoundWithdrawal(this, at, reason, editor);
	}

	public Delegation delegationOf(Party party) {
		return this.delegations.stream()
			.filter((delegation) -> delegation.getParty().equals(party))
			.findFirst()
			.orElseGet(() -> {
				Delegation delegation = new Delegation(this, party);
				this.delegations.add(delegation);
				return delegation;
			});
	}

	public ThirdParty thirdParty(Party party, ThirdPartyRole role) {
		return this.thirdParties.stream()
			.filter((third) -> third.getParty().equals(party) && third.getRole() == role)
			.findFirst()
			.orElseGet(() -> {
				ThirdParty third = new ThirdParty(this, party, role);
				this.thirdParties.add(third);
				return third;
			});
	}

	/**
	 * The round, or one of its facts (delegations, proposals, exchanges, memoranda,
	 * statements, …), changed at this instant.
	 */
	void markUpdated(Instant at) {
		this.updatedAt = at;
	}

	public PeaceProcess getProcess() {
		return this.process;
	}

	public String getSlug() {
		return this.slug;
	}

	public int getNumber() {
		return this.number;
	}

	public RoundStatus getStatus() {
		return this.status;
	}

	public String getCity() {
		return this.city;
	}

	public String getVenue() {
		return this.venue;
	}

	/** Its city in every language, none if not known yet. */
	public Name getCityNames() {
		return Name.of(this.city, this.cityUk, this.cityRu, this.cityOriginal);
	}

	/** Its venue in every language, none if not known yet. */
	public Name getVenueNames() {
		return Name.of(this.venue, this.venueUk, this.venueRu, this.venueOriginal);
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	/** The venue's time zone, when it has been given. */
	public Optional<ZoneId> getTimeZone() {
		return Optional.ofNullable(this.timeZone).map(ZoneId::of);
	}

	/** The round's times in the time zone of its venue. */
	public RoundTimes getTimes() {
		return new RoundTimes(this.timeZone, this.scheduledStart, this.startedAt, this.endedAt);
	}

	public Instant getScheduledStart() {
		return this.scheduledStart;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

	public Optional<RoundDuration> getDuration() {
		return Optional.ofNullable(this.duration).filter((duration) -> duration.getMinutes() != null);
	}

	public String getSummary() {
		return this.summary;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public String getNextSteps() {
		return this.nextSteps;
	}

	public boolean isPublished() {
		return this.published;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public List<Delegation> getDelegations() {
		return this.delegations;
	}

	public List<ThirdParty> getThirdParties() {
		return this.thirdParties;
	}

	/** Removes a delegation with its members, as when it was entered by mistake. */
	public void dismiss(Delegation delegation) {
		this.delegations.remove(delegation);
	}

	public void removeThirdParty(ThirdParty thirdParty) {
		this.thirdParties.remove(thirdParty);
	}

	/**
	 * Where a round was held, as pages and exports name it: the venue and the city, one
	 * of them when the other is not known (a scheduled round may have neither yet), or
	 * null.
	 */
	public static String place(String venue, String city) {
		if (venue == null) {
			return city;
		}
		return (city != null) ? venue + ", " + city : venue;
	}

	@Override
	public FactKind factKind() {
		return FactKind.ROUND;
	}

	@Override
	public List<String> textFields() {
		return List.of("summary", "outcome", "next_steps");
	}

	@Override
	public String text(String field) {
		return switch (field) {
			case "summary" -> this.summary;
			case "outcome" -> this.outcome;
			case "next_steps" -> this.nextSteps;
			default -> throw WrittenTexts.unknownText(field);
		};
	}

	@Override
	public TextLanguage writtenIn(String field) {
		return switch (field) {
			case "summary" -> this.summaryLanguage;
			case "outcome" -> this.outcomeLanguage;
			case "next_steps" -> this.nextStepsLanguage;
			default -> throw WrittenTexts.unknownText(field);
		};
	}

	@Override
	public void markWrittenIn(String field, TextLanguage language) {
		switch (field) {
			case "summary" -> this.summaryLanguage = language;
			case "outcome" -> this.outcomeLanguage = language;
			case "next_steps" -> this.nextStepsLanguage = language;
			default -> throw WrittenTexts.unknownText(field);
		}
	}

}
