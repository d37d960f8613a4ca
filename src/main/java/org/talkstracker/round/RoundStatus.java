package org.talkstracker.round;

public enum RoundStatus {

	SCHEDULED, HELD, POSTPONED, CANCELLED

}
