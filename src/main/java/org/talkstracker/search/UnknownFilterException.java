package org.talkstracker.search;

import org.talkstracker.web.BadRequestException;

/** A filter value that names nothing the list can show. */
class UnknownFilterException extends BadRequestException {

	UnknownFilterException(String filter, String value) {
		super("Unknown " + filter + " '" + value + "'");
	}

}
