package org.talkstracker.process;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.talkstracker.editing.EditingForm;

/** One form for adding and editing a party; its slug is set once, when it is added. */
record PartyForm(@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String slug,
		@NotBlank @Size(max = 200) String name, @NotNull PartyKind kind,
		@Size(max = 20) @Pattern(regexp = "Q[1-9][0-9]*") String wikidataId, @Positive Integer ucdpActorId,
		long version) implements EditingForm {

	static PartyForm blank() {
		return new PartyForm(null, null, PartyKind.STATE, null, null, 0);
	}

	static PartyForm of(Party party) {
		return new PartyForm(party.getSlug(), party.getName(), party.getKind(), party.getWikidataId(),
				party.getUcdpActorId(), party.getVersion());
	}

	PartyForm withSlug(String slug) {
		return new PartyForm(slug, this.name, this.kind, this.wikidataId, this.ucdpActorId, this.version);
	}

	@Override
	public List<Field> fields() {
		return List.of(new Field("slug", this.slug), new Field("name", this.name),
				Field.choice("kind", this.kind, "parties.kind"), new Field("wikidataId", this.wikidataId),
				new Field("ucdpActorId", this.ucdpActorId));
	}

}
