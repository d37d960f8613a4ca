package org.talkstracker.editing;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Slugs made of what editors type, as the workspace's short forms make them. */
class SlugsTests {

	@Test
	void lettersLoseTheirAccentsAndEverythingElseBecomesADash() {
		assertThat(Slugs.of("Çırağan Palace")).isEqualTo("ciragan-palace");
		assertThat(Slugs.of("A meeting with Trump and Erdoğan, before 31 August!"))
			.isEqualTo("a-meeting-with-trump-and-erdogan-before-31-august");
	}

	@Test
	void aLongTitleIsCutAtADash() {
		assertThat(Slugs.of("Handing over 3,000 more bodies, and ceasefires of 24 to 48 hours to collect the dead"))
			.isEqualTo("handing-over-3-000-more-bodies-and-ceasefires-of-24-to-48");
	}

	@Test
	void aTakenSlugIsNumbered() {
		Set<String> taken = Set.of("more-swaps", "more-swaps-2");
		assertThat(Slugs.unique("More swaps", taken::contains)).isEqualTo("more-swaps-3");
		assertThat(Slugs.unique("Без слов", taken::contains)).isEqualTo("item");
	}

}
