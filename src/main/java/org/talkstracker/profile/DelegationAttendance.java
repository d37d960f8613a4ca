package org.talkstracker.profile;

import java.time.LocalDate;

/** A published round where a party had a delegation, with its head if one is recorded. */
public record DelegationAttendance(String roundSlug, int roundNumber, String processName, LocalDate heldOn,
		String city, String headSlug, String headName, String headTitle) {
}
