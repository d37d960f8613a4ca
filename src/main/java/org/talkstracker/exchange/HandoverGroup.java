package org.talkstracker.exchange;

/**
 * What the exchanges chart counts apart: living people of any kind, and bodies of the
 * killed.
 */
public enum HandoverGroup {

	PEOPLE, BODIES;

	public static HandoverGroup of(ExchangeKind kind) {
		return (kind == ExchangeKind.BODIES) ? BODIES : PEOPLE;
	}

}
