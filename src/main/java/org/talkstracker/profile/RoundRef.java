package org.talkstracker.profile;

import org.talkstracker.editing.Name;
import java.time.LocalDate;

/** A published round, as a profile links to it. */
public record RoundRef(String slug, int number, LocalDate heldOn, Name city) {
}
