package org.talkstracker.summary;

import org.talkstracker.web.NotFoundException;

/** No published round has this slug. */
public class RoundNotFoundException extends NotFoundException {

	public RoundNotFoundException(String slug) {
		super("No published round '" + slug + "'");
	}

}
