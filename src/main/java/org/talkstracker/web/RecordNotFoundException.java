package org.talkstracker.web;

/**
 * An editors' URL names a record that does not exist (or no longer does); they get the
 * 404 page.
 */
public class RecordNotFoundException extends NotFoundException {

	public RecordNotFoundException(String kind, Object key) {
		super("No " + kind + " '" + key + "'");
	}

}
