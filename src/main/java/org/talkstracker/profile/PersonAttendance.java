package org.talkstracker.profile;

import java.time.LocalDate;

import org.talkstracker.round.MemberRole;

/**
 * A published round a person attended in a party's delegation, with the title they held
 * then.
 */
public record PersonAttendance(String roundSlug, int roundNumber, String processName, LocalDate heldOn, String city,
		String partySlug, String partyName, MemberRole role, String title) {

	public RoundRef round() {
		return new RoundRef(this.roundSlug, this.roundNumber, this.heldOn, this.city);
	}

}
