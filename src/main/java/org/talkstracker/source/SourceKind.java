package org.talkstracker.source;

public enum SourceKind {

	OFFICIAL, STATE_MEDIA, INDEPENDENT, ANONYMOUS

}
