package org.talkstracker.web;

import java.util.Collection;
import java.util.List;

/**
 * Records an editor picks in a form (sources, people, parties), found by a search rather
 * than listed: however many there are, a picker offers only those chosen, those chosen
 * recently and those found.
 */
public interface Pickable {

	/** How forms and addresses name these records: {@code sources}, {@code people}. */
	String kind();

	/**
	 * The records a picker offers, each once: those chosen (in the order given), then
	 * those picked most recently, then those found by the search, if any; in one
	 * statement, through an index.
	 */
	List<Choice> offered(Collection<String> chosen, String search);

}
