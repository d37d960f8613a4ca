package org.talkstracker.exchange;

/**
 * Who is handed over. {@code PRISONERS} is used where a report does not tell soldiers
 * from civilians.
 */
public enum ExchangeKind {

	PRISONERS_OF_WAR, CIVILIANS, PRISONERS, CHILDREN, BODIES

}
