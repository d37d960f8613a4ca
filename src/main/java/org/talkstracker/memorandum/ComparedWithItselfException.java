package org.talkstracker.memorandum;

/**
 * Both sides of a comparison name the same memorandum; readers get a 400 page that says
 * so.
 */
class ComparedWithItselfException extends RuntimeException {

	ComparedWithItselfException(String slug) {
		super("Memorandum '" + slug + "' compared with itself");
	}

}
