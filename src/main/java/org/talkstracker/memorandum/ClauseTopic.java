package org.talkstracker.memorandum;

/** What a clause is about, so two memoranda can be read side by side, topic by topic. */
public enum ClauseTopic {

	CEASEFIRE_CONDITIONS, TERRITORY, HUMANITARIAN, SECURITY_GUARANTEES, SANCTIONS, POLITICAL, MILITARY, ECONOMIC,
	PROCEDURAL, OTHER

}
