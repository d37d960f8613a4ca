package org.talkstracker.web;

/** One entry of a list an editor chooses a reference from: the value the form sends, and what the editor reads. */
public record Choice(String value, String label) {
}
