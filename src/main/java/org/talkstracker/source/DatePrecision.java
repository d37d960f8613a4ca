package org.talkstracker.source;

/** How exactly a reported date is known. */
public enum DatePrecision {

	DAY, MONTH, APPROXIMATE

}
