package org.talkstracker.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.talkstracker.editing.Name;
import org.talkstracker.exchange.CountPrecision;
import org.talkstracker.exchange.ExchangeKind;
import org.talkstracker.exchange.ReceivedCounts;
import org.talkstracker.exchange.ReportedTotalView;
import org.talkstracker.memorandum.ClauseTopic;
import org.talkstracker.proposal.ProposalCategory;
import org.talkstracker.proposal.ProposalStatus;
import org.talkstracker.round.DurationPrecision;
import org.talkstracker.round.MemberRole;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundListing;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.round.RoundTimes;
import org.talkstracker.round.ThirdPartyRole;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.SourceKind;
import org.talkstracker.text.Text;

/**
 * Everything about one published round, as readers see it: the one read model behind the
 * round page and every export of a round. Facts carry the numbers of their sources in
 * {@link #sources()}.
 */
public record RoundSummary(Header header, List<DelegationView> delegations, List<ThirdPartyView> thirdParties,
		List<PartyProposals> proposals, List<ExchangeView> exchanges, List<MemorandumView> memoranda,
		List<StatementView> statements, List<SourceView> sources, Optional<RoundListing> previous,
		Optional<RoundListing> next) {

	public record Header(String slug, int number, Name processName, String processSlug, RoundStatus status,
			LocalDate heldOn, Name city, Name venue, RoundTimes times, Integer durationMinutes,
			DurationPrecision durationPrecision, Text summary, Text outcome, Text nextSteps, Instant updatedAt,
			List<Integer> sources) {

		public Instant startedAt() {
			return this.times.startedAt();
		}

		public Instant endedAt() {
			return this.times.endedAt();
		}

		/** The venue and the city in English, as known ({@link Round#place}). */
		public String place() {
			return Round.place(text(this.venue, null), text(this.city, null));
		}

		/** The venue and the city as a page in {@code locale} names them. */
		public String placeIn(Locale locale) {
			return Round.place(text(this.venue, locale), text(this.city, locale));
		}

		private static String text(Name name, Locale locale) {
			return (name == null) ? null : (locale != null) ? name.textIn(locale) : name.en();
		}

	}

	/**
	 * A party, named in every language ({@link Name}: exports print the English name).
	 */
	public record PartyRef(String slug, Name name) {
	}

	/**
	 * A person, named in every language ({@link Name}: exports print the English name).
	 */
	public record PersonRef(String slug, Name name) {
	}

	public record DateView(LocalDate date, DatePrecision precision) {
	}

	public record DelegationView(PartyRef party, List<MemberView> members, List<Integer> sources) {
	}

	public record MemberView(PersonRef person, String title, MemberRole role, List<Integer> sources) {
	}

	public record ThirdPartyView(PartyRef party, ThirdPartyRole role, String note, List<Integer> sources) {
	}

	public record PartyProposals(PartyRef party, List<ProposalView> proposals) {
	}

	public record ProposalView(String slug, ProposalCategory category, Text title, Text details, ProposalStatus status,
			Text response, LocalDate deadline, List<Integer> sources) {
	}

	/**
	 * An exchange agreement with its progress, its stages and the totals the parties
	 * report apart from the stages ({@code reported}, each compared with the stages and
	 * with the other party's report).
	 */
	public record ExchangeView(String slug, ExchangeKind kind, boolean allForAll, SideProgress sideA,
			SideProgress sideB, String criteria, String description, List<StageView> stages,
			List<ReportedTotalView> reported, List<Integer> sources) {

		/**
		 * Whether the sides' reports of any stage differ, or a side withheld its figures,
		 * or a reported total differs.
		 */
		public boolean contested() {
			return this.sideA.disputed() || this.sideB.disputed() || this.sideA.withheld() || this.sideB.withheld()
					|| this.reported.stream().anyMatch(ReportedTotalView::differs);
		}

		/**
		 * The view of an agreement from its parts: the reported totals are compared with
		 * its stages.
		 */
		static ExchangeView of(String slug, ExchangeKind kind, boolean allForAll, SideProgress sideA,
				SideProgress sideB, String criteria, String description, List<StageView> stages,
				List<ReportedTotalView> reported, List<Integer> sources) {
			return new ExchangeView(slug, kind, allForAll, sideA, sideB, criteria, description, stages,
					ReportedTotalView.compared(reported, stages.stream().map(StageView::sideAReceived).toList(),
							stages.stream().map(StageView::sideBReceived).toList()),
					sources);
		}

	}

	/**
	 * One side of an exchange: what it was to receive (as exactly as it was agreed), and
	 * what it has received so far (the lower figure where the two sides' reports of a
	 * stage differ).
	 */
	public record SideProgress(PartyRef party, Integer agreed, CountPrecision precision, int received, boolean disputed,
			boolean withheld) {

		/** One side's progress over the stages so far, from what it received in each. */
		static SideProgress of(PartyRef party, Integer agreed, CountPrecision precision, List<StageView> stages,
				Function<StageView, ReceivedCounts> received, Predicate<StageView> withheld) {
			int total = stages.stream().map(received).mapToInt((counts) -> counts.counted().orElse(0)).sum();
			boolean disputed = stages.stream().map(received).anyMatch(ReceivedCounts::disputed);
			return new SideProgress(party, agreed, (precision != null) ? precision : CountPrecision.EXACT, total,
					disputed, stages.stream().anyMatch(withheld));
		}

	}

	public record StageView(int sequence, DateView occurred, LocalDate announcedOn, ReceivedCounts sideAReceived,
			ReceivedCounts sideBReceived, boolean sideAWithheld, boolean sideBWithheld, String note,
			List<Integer> sources) {

		public boolean disputed() {
			return this.sideAReceived.disputed() || this.sideBReceived.disputed();
		}

	}

	public record MemorandumView(String slug, Name title, PartyRef author, DateView delivered, LocalDate publishedOn,
			Text summary, List<ClauseView> clauses, List<Integer> sources) {
	}

	public record ClauseView(int number, ClauseTopic topic, Text text, List<Integer> sources) {
	}

	public record StatementView(String slug, PersonRef speaker, String speakerTitle, PartyRef party, DateView said,
			Text text, Text quote, StatementRef disputes, List<StatementRef> disputedBy, List<Integer> sources) {
	}

	/** Another statement, named by who made it. */
	public record StatementRef(String slug, Name speaker, Text text) {
	}

	public record SourceView(int number, String slug, String publisher, String title, String url, LocalDate publishedOn,
			SourceKind kind, String note) {
	}

}
