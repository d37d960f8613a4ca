package org.talkstracker.exchange;

import java.time.LocalDate;

import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.Source;

/**
 * A stage of an exchange agreed at a published round, with one of its sources: one row
 * per source.
 */
record StageRow(Long id, Long agreementId, int sequence, LocalDate occurredOn, DatePrecision precision,
		Integer sideAReceivedPerA, Integer sideAReceivedPerB, Integer sideACounted, Integer sideBReceivedPerA,
		Integer sideBReceivedPerB, Integer sideBCounted, boolean sideAWithheld, boolean sideBWithheld, String note,
		Source source) {
}
