package org.talkstracker;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Features use process, people and source; summary, datafile and home use features;
 * nothing uses them back.
 */
class ModularityTests {

	@Test
	void dependenciesBetweenFeaturesPointOneWay() {
		ApplicationModules.of(TalksTrackerApplication.class).verify();
	}

}
