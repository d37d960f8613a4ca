package org.talkstracker.round;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.talkstracker.editing.EditingForm;
import org.talkstracker.source.SourceCatalogue;

/**
 * A host, mediator, observer or chair of a round; party and role are chosen once, when
 * added.
 */
record ThirdPartyForm(@NotBlank String party, @NotNull ThirdPartyRole role, @Size(max = 1000) String note,
		List<String> sources, long version) implements EditingForm {

	ThirdPartyForm {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	static ThirdPartyForm blank() {
		return new ThirdPartyForm(null, null, null, List.of(), 0);
	}

	static ThirdPartyForm of(ThirdParty third) {
		return new ThirdPartyForm(third.getParty().getSlug(), third.getRole(), third.getNote(),
				SourceCatalogue.slugs(third.getSources()), third.getVersion());
	}

	@Override
	public List<Field> fields() {
		return List.of(Field.reference("party", this.party, "party"), Field.choice("role", this.role, "third.role"),
				new Field("note", this.note), Field.reference("sources", this.sources, "source"));
	}

}
