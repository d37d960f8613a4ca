package org.talkstracker.profile;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.memorandum.MemorandumRepository;
import org.talkstracker.process.Party;
import org.talkstracker.profile.PartyProfile.Attendance;
import org.talkstracker.source.CitedSources;

/** Builds a {@link PartyProfile} in a fixed number of SQL statements, whatever the party's record. */
@Service
class PartyProfiles {

	/** Newest round first; at one round, the delegation before third-party roles. */
	private static final Comparator<Attendance> NEWEST_FIRST = Comparator
		.comparing((Attendance attendance) -> attendance.round().heldOn())
		.reversed()
		.thenComparing((attendance) -> attendance.round().slug())
		.thenComparing((attendance) -> !attendance.delegation())
		.thenComparing(Attendance::thirdPartyRole, Comparator.nullsFirst(Comparator.naturalOrder()));

	private final PartyProfileRepository parties;

	private final MemorandumRepository memoranda;

	PartyProfiles(PartyProfileRepository parties, MemorandumRepository memoranda) {
		this.parties = parties;
		this.memoranda = memoranda;
	}

	@Transactional(readOnly = true)
	public PartyProfile of(String slug) {
		Party party = this.parties.findBySlug(slug).orElseThrow(() -> new PartyNotFoundException(slug));
		CitedSources sources = new CitedSources();
		List<StatementLine> statements = StatementLines.of(this.parties.findStatements(party),
				this.parties.findStatementsDisputing(party), sources);
		return new PartyProfile(party.getSlug(), party.getName(), party.getKind(), attendance(party),
				this.parties.findProposals(party), this.memoranda.findVisibleListingsByAuthor(party), statements,
				sources.list());
	}

	private List<Attendance> attendance(Party party) {
		Stream<Attendance> delegations = this.parties.findDelegations(party)
			.stream()
			.map((d) -> new Attendance(new RoundRef(d.roundSlug(), d.roundNumber(), d.heldOn(), d.city()),
					d.processName(), null, d.headSlug(), d.headName(), d.headTitle()));
		Stream<Attendance> thirdParties = this.parties.findThirdPartyRoles(party)
			.stream()
			.map((t) -> new Attendance(new RoundRef(t.roundSlug(), t.roundNumber(), t.heldOn(), t.city()),
					t.processName(), t.role(), null, null, null));
		return Stream.concat(delegations, thirdParties).sorted(NEWEST_FIRST).toList();
	}

}
