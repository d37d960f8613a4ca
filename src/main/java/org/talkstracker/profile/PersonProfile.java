package org.talkstracker.profile;

import org.talkstracker.editing.Name;
import java.util.List;

import org.springframework.data.domain.Page;
import org.talkstracker.source.CitedSources.CitedSource;

/**
 * What readers see of a person: other spellings of the name, and a page each of the
 * rounds attended and the statements made, with the sources of those statements.
 */
public record PersonProfile(String slug, Name name, List<String> aliases, String wikidataId,
		Page<PersonAttendance> rounds, Page<StatementLine> statements, List<CitedSource> sources) {
}
