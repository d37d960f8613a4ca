package org.talkstracker.memorandum;

import org.talkstracker.web.NotFoundException;

/**
 * No visible memorandum has this slug: it does not exist, or its round is not published.
 */
class MemorandumNotFoundException extends NotFoundException {

	MemorandumNotFoundException(String slug) {
		super("No visible memorandum '" + slug + "'");
	}

}
