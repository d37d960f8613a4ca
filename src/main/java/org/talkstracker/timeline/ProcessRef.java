package org.talkstracker.timeline;

import org.talkstracker.editing.Name;

/**
 * A peace process as the timeline names it, in every language, and as its filter offers
 * it.
 */
public record ProcessRef(String slug, Name name) {

	/** As a query reads it: the English name, the other languages' and the original. */
	public ProcessRef(String slug, String name, String nameUk, String nameRu, String nameOriginal) {
		this(slug, Name.of(name, nameUk, nameRu, nameOriginal));
	}

}
