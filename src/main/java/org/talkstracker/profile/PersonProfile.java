package org.talkstracker.profile;

import java.util.List;

import org.talkstracker.source.CitedSources.CitedSource;

/** What readers see of a person: other spellings of the name, rounds attended, statements made. */
public record PersonProfile(String slug, String name, List<String> aliases, List<PersonAttendance> rounds,
		List<StatementLine> statements, List<CitedSource> sources) {
}
