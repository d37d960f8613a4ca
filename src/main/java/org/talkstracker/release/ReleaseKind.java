package org.talkstracker.release;

/**
 * What a release does for readers: adds to or updates what was known, or corrects what
 * was wrong.
 */
public enum ReleaseKind {

	UPDATE, CORRECTION

}
