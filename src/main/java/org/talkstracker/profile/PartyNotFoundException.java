package org.talkstracker.profile;

import org.talkstracker.web.NotFoundException;

/** No party has this slug. */
class PartyNotFoundException extends NotFoundException {

	PartyNotFoundException(String slug) {
		super("No party '" + slug + "'");
	}

}
