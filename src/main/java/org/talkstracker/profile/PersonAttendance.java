package org.talkstracker.profile;

import org.talkstracker.editing.Name;
import java.time.LocalDate;

import org.talkstracker.round.MemberRole;

/**
 * A published round a person attended in a party's delegation, with the title they held
 * then.
 */
public record PersonAttendance(String roundSlug, int roundNumber, Name processName, LocalDate heldOn, Name city,
		String partySlug, Name partyName, MemberRole role, String title) {

	/** As a query reads it: each name in English and its other languages and original. */
	PersonAttendance(String roundSlug, int roundNumber, String process, String processUk, String processRu,
			String processOriginal, LocalDate heldOn, String city, String cityUk, String cityRu, String cityOriginal,
			String partySlug, String party, String partyUk, String partyRu, String partyOriginal, MemberRole role,
			String title) {
		this(roundSlug, roundNumber, Name.of(process, processUk, processRu, processOriginal), heldOn,
				Name.of(city, cityUk, cityRu, cityOriginal), partySlug, Name.of(party, partyUk, partyRu, partyOriginal),
				role, title);
	}

	public RoundRef round() {
		return new RoundRef(this.roundSlug, this.roundNumber, this.heldOn, this.city);
	}

}
