package org.talkstracker.round;

import org.talkstracker.web.NotFoundException;

/** No round, draft or published, has this slug. */
public class RoundNotFoundForEditing extends NotFoundException {

	public RoundNotFoundForEditing(String slug) {
		super("No round '" + slug + "'");
	}

}
