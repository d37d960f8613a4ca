package org.talkstracker.profile;

import org.talkstracker.editing.Name;
import java.util.List;

import org.springframework.data.domain.Page;
import org.talkstracker.memorandum.MemorandumListing;
import org.talkstracker.process.PartyKind;
import org.talkstracker.round.ThirdPartyRole;
import org.talkstracker.source.CitedSources.CitedSource;

/**
 * What readers see of a party: where it took part, what it proposed, authored and said, a
 * page of each; and the sources of the statements shown.
 */
public record PartyProfile(String slug, Name name, PartyKind kind, String wikidataId, Integer ucdpActorId,
		Page<Attendance> rounds, Page<ProposalLine> proposals, Page<MemorandumListing> memoranda,
		Page<StatementLine> statements, List<CitedSource> sources) {

	/**
	 * A published round the party attended: with its own delegation (and its head, if
	 * recorded), or in a third-party role.
	 */
	public record Attendance(RoundRef round, Name processName, ThirdPartyRole thirdPartyRole, String headSlug,
			Name headName, String headTitle) {

		public boolean delegation() {
			return this.thirdPartyRole == null;
		}

	}

}
