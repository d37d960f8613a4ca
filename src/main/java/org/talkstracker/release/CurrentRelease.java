package org.talkstracker.release;

import java.util.Optional;

/**
 * Which release of a round readers see now, and its latest correction, if any: what the
 * round page says of itself.
 */
public record CurrentRelease(ReleaseLine release, Optional<ReleaseLine> lastCorrection) {

	public int number() {
		return this.release.number();
	}

}
