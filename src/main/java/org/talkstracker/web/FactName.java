package org.talkstracker.web;

/**
 * A record named for editors: its kind ("proposal", "statement", …, named by the message
 * {@code admin.kind.<kind>}) and how they know it. Native queries project into it.
 */
public interface FactName {

	String getKind();

	String getName();

}
