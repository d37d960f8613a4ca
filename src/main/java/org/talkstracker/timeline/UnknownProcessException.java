package org.talkstracker.timeline;

import org.talkstracker.web.BadRequestException;

/**
 * A process filter naming no process: a bad link (400, as on the rounds list), not an
 * empty timeline.
 */
class UnknownProcessException extends BadRequestException {

	UnknownProcessException(String slug) {
		super("Unknown process '" + slug + "'");
	}

}
