package org.talkstracker.exchange;

/**
 * One of an agreement's two parties, as the agreement orders them: who received, or who
 * reported it. Readers never see these names, only the parties'.
 */
public enum ExchangeSide {

	SIDE_A, SIDE_B

}
