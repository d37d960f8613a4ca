package org.talkstracker.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.talkstracker.editing.Name;
import org.talkstracker.editing.NamedRef;
import org.talkstracker.exchange.ExchangeView;
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
import org.talkstracker.source.ReportedDate;
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

		/** The party as an exchange names its sides. */
		public NamedRef named() {
			return new NamedRef(this.slug, this.name);
		}

	}

	/**
	 * A person, named in every language ({@link Name}: exports print the English name).
	 */
	public record PersonRef(String slug, Name name) {
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

	public record MemorandumView(String slug, Name title, PartyRef author, ReportedDate delivered,
			LocalDate publishedOn, Text summary, List<ClauseView> clauses, List<Integer> sources) {
	}

	public record ClauseView(int number, ClauseTopic topic, Text text, List<Integer> sources) {
	}

	public record StatementView(String slug, PersonRef speaker, String speakerTitle, PartyRef party, ReportedDate said,
			Text text, Text quote, StatementRef disputes, List<StatementRef> disputedBy, List<Integer> sources) {
	}

	/** Another statement, named by who made it. */
	public record StatementRef(String slug, Name speaker, Text text) {
	}

	public record SourceView(int number, String slug, String publisher, String title, String url, LocalDate publishedOn,
			SourceKind kind, String note) {
	}

}
