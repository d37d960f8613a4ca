package org.talkstracker.exchange;

/**
 * How exactly an agreed count is known: the figure itself, a floor ("at least 1,200
 * prisoners each way") or a round figure ("about 6,000 bodies").
 */
public enum CountPrecision {

	EXACT, AT_LEAST, ABOUT

}
