package org.talkstracker.timeline;

/** A peace process as the timeline names it, and as its filter offers it. */
public record ProcessRef(String slug, String name) {
}
