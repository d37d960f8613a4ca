package org.talkstracker.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.talkstracker.web.BadRequestException;

/**
 * Where a reader of {@code /api/v1/changes} stopped: the last change it was given (when,
 * what kind, which row), written as an opaque token so that its form may change without
 * breaking a mirror that only hands it back.
 */
record ChangeCursor(Instant at, String type, long id) {

	static final ChangeCursor START = new ChangeCursor(Instant.EPOCH, "", 0);

	/** Just before the first change made at or after the given time. */
	static ChangeCursor since(Instant since) {
		return new ChangeCursor(since, "", 0);
	}

	static ChangeCursor after(Change change) {
		return new ChangeCursor(change.at(), change.type(), change.id());
	}

	String token() {
		String plain = this.at.getEpochSecond() + "." + this.at.getNano() + "." + this.type + "." + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	static ChangeCursor parse(String token) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\.", -1);
			if (parts.length != 4 || !(parts[2].equals(Change.RELEASE) || parts[2].equals(Change.WITHDRAWAL)
					|| parts[2].equals(Change.MEMORANDUM_RELEASE))) {
				throw new IllegalArgumentException(token);
			}
			return new ChangeCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2],
					Long.parseLong(parts[3]));
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			throw new BadRequestException("The cursor is not one this API gave: start again with since=…");
		}
	}

}
