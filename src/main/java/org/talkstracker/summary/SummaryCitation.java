package org.talkstracker.summary;

import java.time.LocalDate;

/**
 * Where a round's summary lives for good (the address of the release it shows, or the
 * round's own for a round not yet released), which release that is (null for none), and
 * the day a reader took this copy of it.
 */
public record SummaryCitation(String permalink, LocalDate retrieved, Integer release) {

	public boolean released() {
		return this.release != null;
	}

}
