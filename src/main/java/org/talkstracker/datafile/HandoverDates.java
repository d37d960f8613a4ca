package org.talkstracker.datafile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.talkstracker.datafile.DataFile.DateEntry;
import org.talkstracker.exchange.RecordedHandover;

/**
 * Whether handovers are dated before the round where their agreement was made, as the
 * schema judges it (the rule has one home, the SQL function
 * {@code handover_precedes_day}); asked once for all of a file's handovers.
 */
interface HandoverDates {

	/** The positions, in the lists, of the handovers dated before their round's day. */
	Set<Integer> precedingTheirRound(List<DateEntry> occurred, List<LocalDate> roundDays);

	/**
	 * The handovers the database holds at these rounds (by slug) that the round would
	 * follow, were it held on the day given with it.
	 */
	List<RecordedHandover> recordedBefore(Map<String, LocalDate> roundDays);

}
