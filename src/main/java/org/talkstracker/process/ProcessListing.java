package org.talkstracker.process;

import java.util.List;

import org.talkstracker.editing.Name;

/**
 * A peace process as the home page lists it: its names, its description and its parties'
 * names, by English name.
 */
public record ProcessListing(Name names, String description, List<Name> parties) {
}
