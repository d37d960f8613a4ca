package org.talkstracker.process;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.talkstracker.editing.Name;
import org.talkstracker.editing.NamedForm;

/** One form for adding and editing a party; its slug is set once, when it is added. */
record PartyForm(@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String slug,
		@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameUk, @Size(max = 200) String nameRu,
		@Pattern(regexp = "en|uk|ru") String nameOriginal, @NotNull PartyKind kind,
		@Size(max = 20) @Pattern(regexp = "Q[1-9][0-9]*") String wikidataId, @Positive Integer ucdpActorId,
		long version) implements NamedForm {

	static PartyForm blank() {
		return new PartyForm(null, null, null, null, "en", PartyKind.STATE, null, null, 0);
	}

	static PartyForm of(Party party) {
		Name names = party.getNames();
		return new PartyForm(party.getSlug(), names.en(), names.uk(), names.ru(), names.original(), party.getKind(),
				party.getWikidataId(), party.getUcdpActorId(), party.getVersion());
	}

	PartyForm withSlug(String slug) {
		return new PartyForm(slug, this.name, this.nameUk, this.nameRu, this.nameOriginal, this.kind, this.wikidataId,
				this.ucdpActorId, this.version);
	}

	@Override
	public List<Field> fields() {
		return List.of(new Field("slug", this.slug), new Field("name", this.name), new Field("nameUk", this.nameUk),
				new Field("nameRu", this.nameRu), new Field("nameOriginal", this.nameOriginal),
				Field.choice("kind", this.kind, "parties.kind"), new Field("wikidataId", this.wikidataId),
				new Field("ucdpActorId", this.ucdpActorId));
	}

}
