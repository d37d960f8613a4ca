package org.talkstracker.exchange;

import java.time.LocalDate;

/**
 * A handover the database holds, named by its round, its agreement and its stage number,
 * with its date. Native queries project into it.
 */
public interface RecordedHandover {

	String getRound();

	String getAgreement();

	int getSequence();

	LocalDate getOccurredOn();

}
