package org.talkstracker.editing;

/**
 * The form of a record named in three languages (a person, a party, a peace process): its
 * name in English, Ukrainian and Russian, and which of them is the original, as
 * {@code fragments/admin :: otherNames} asks for them.
 */
public interface NamedForm extends EditingForm {

	String name();

	String nameUk();

	String nameRu();

	String nameOriginal();

	/** The name in each language, the original marked. */
	default Name names() {
		return new Name(name(), nameUk(), nameRu(), nameOriginal());
	}

}
