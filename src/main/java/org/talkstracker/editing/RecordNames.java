package org.talkstracker.editing;

import java.util.Collection;
import java.util.Map;

/**
 * The names readers know records of one kind by, for the slugs a form refers to them by;
 * the module that keeps the records answers.
 */
public interface RecordNames {

	/** The kind of record, as an editing form's reference field names it. */
	String kind();

	/**
	 * The name of each of the records whose slugs are given, by slug; unknown slugs are
	 * left out.
	 */
	Map<String, String> names(Collection<String> slugs);

}
