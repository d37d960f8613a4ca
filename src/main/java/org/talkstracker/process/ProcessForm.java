package org.talkstracker.process;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.talkstracker.editing.EditingForm;
import org.talkstracker.editing.Name;
import org.talkstracker.editing.NamedForm;

/**
 * One form for adding and editing a peace process; its slug is set once, when it is
 * added.
 */
record ProcessForm(@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String slug,
		@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameUk, @Size(max = 300) String nameRu,
		@Pattern(regexp = "en|uk|ru") String nameOriginal, @Size(max = EditingForm.LONG_TEXT) String description,
		@NotEmpty List<String> parties, @Size(max = 20) @Pattern(regexp = "Q[1-9][0-9]*") String wikidataId,
		@Positive Integer ucdpConflictId, @Positive Integer paxProcessId, long version) implements NamedForm {

	ProcessForm {
		description = (description != null && description.isBlank()) ? null : description;
		parties = (parties != null) ? List.copyOf(parties) : List.of();
	}

	static ProcessForm blank() {
		return new ProcessForm(null, null, null, null, "en", null, List.of(), null, null, null, 0);
	}

	static ProcessForm of(PeaceProcess process) {
		Name names = process.getNames();
		return new ProcessForm(process.getSlug(), names.en(), names.uk(), names.ru(), names.original(),
				process.getDescription(), process.getParties().stream().map(Party::getSlug).toList(),
				process.getWikidataId(), process.getUcdpConflictId(), process.getPaxProcessId(), process.getVersion());
	}

	ProcessForm withSlug(String slug) {
		return new ProcessForm(slug, this.name, this.nameUk, this.nameRu, this.nameOriginal, this.description,
				this.parties, this.wikidataId, this.ucdpConflictId, this.paxProcessId, this.version);
	}

	@Override
	public List<Field> fields() {
		return List.of(new Field("slug", this.slug), new Field("name", this.name), new Field("nameUk", this.nameUk),
				new Field("nameRu", this.nameRu), new Field("nameOriginal", this.nameOriginal),
				new Field("description", this.description), Field.reference("parties", this.parties, "party"),
				new Field("wikidataId", this.wikidataId), new Field("ucdpConflictId", this.ucdpConflictId),
				new Field("paxProcessId", this.paxProcessId));
	}

}
