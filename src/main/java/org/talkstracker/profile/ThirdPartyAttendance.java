package org.talkstracker.profile;

import java.time.LocalDate;

import org.talkstracker.round.ThirdPartyRole;

/** A published round where a party was mediator, host, observer or chair. */
public record ThirdPartyAttendance(String roundSlug, int roundNumber, String processName, LocalDate heldOn,
		String city, ThirdPartyRole role) {
}
