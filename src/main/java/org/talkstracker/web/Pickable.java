package org.talkstracker.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;

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

	/**
	 * Adds a new record from the few fields a picker asks for ({@code fragments/admin ::
	 * newPick}), validated and saved as its own form and editor would, in a transaction
	 * of its own; or chooses the stored record the values name, rather than copying it;
	 * or says what is wrong, writing nothing.
	 * @param typed the values typed, by the name of the field of the record's form
	 */
	NewPick add(Map<String, String> typed);

	/**
	 * The kinds a new record may be of (enum names, labelled by the picker), when its
	 * form asks for one.
	 */
	default List<String> newKinds() {
		return List.of();
	}

}
