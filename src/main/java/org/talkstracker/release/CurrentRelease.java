package org.talkstracker.release;

import java.util.List;
import java.util.Optional;

/**
 * Which release of a round readers see now, and its latest correction, if any: what the
 * round page says of itself.
 */
public record CurrentRelease(ReleaseLine release, Optional<ReleaseLine> lastCorrection) {

	/**
	 * From a page's latest release and its latest correction, newest first (one line when
	 * the latest is the correction); none without a release.
	 */
	static Optional<CurrentRelease> of(List<ReleaseLine> latestAndLastCorrection) {
		if (latestAndLastCorrection.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new CurrentRelease(latestAndLastCorrection.get(0),
				latestAndLastCorrection.stream().filter((line) -> line.kind() == ReleaseKind.CORRECTION).findFirst()));
	}

	public int number() {
		return this.release.number();
	}

}
