package org.talkstracker.summary;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's messages to the application's log, where its progress notes are
 * debug detail, rather than to the console of its own.
 */
class PdfLog implements XRLogger {

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable failure) {
		Logger logger = LoggerFactory.getLogger(where);
		if (level.intValue() >= Level.SEVERE.intValue()) {
			logger.error(message, failure);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			logger.warn(message, failure);
		}
		else {
			logger.debug(message, failure);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// Levels are the application's logging configuration's to set.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
				|| LoggerFactory.getLogger(PdfLog.class).isDebugEnabled();
	}

}
