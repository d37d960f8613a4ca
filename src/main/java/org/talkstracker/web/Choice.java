package org.talkstracker.web;

/**
 * One entry of a list a form offers (an editor choosing a reference, a reader choosing a
 * memorandum): the value the form sends, and what the reader reads.
 */
public record Choice(String value, String label) {
}
