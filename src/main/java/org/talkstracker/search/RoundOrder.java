package org.talkstracker.search;

/**
 * How the rounds list is sorted; {@code RELEVANCE} only means something with search
 * words.
 */
public enum RoundOrder {

	NEWEST, OLDEST, RELEVANCE

}
