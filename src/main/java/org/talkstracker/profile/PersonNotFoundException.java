package org.talkstracker.profile;

import org.talkstracker.web.NotFoundException;

/** No person has this slug. */
class PersonNotFoundException extends NotFoundException {

	PersonNotFoundException(String slug) {
		super("No person '" + slug + "'");
	}

}
