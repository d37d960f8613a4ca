package org.talkstracker.round;

public enum DurationPrecision {

	EXACT, APPROXIMATE, AT_LEAST

}
