package org.talkstracker.round;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.talkstracker.editing.EditingForm;
import org.talkstracker.source.SourceCatalogue;

/**
 * A party's delegation at a round; the party is chosen once, when the delegation is
 * added.
 */
record DelegationForm(@NotBlank String party, List<String> sources, long version) implements EditingForm {

	DelegationForm {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	static DelegationForm blank() {
		return new DelegationForm(null, List.of(), 0);
	}

	static DelegationForm of(Delegation delegation) {
		return new DelegationForm(delegation.getParty().getSlug(), SourceCatalogue.slugs(delegation.getSources()),
				delegation.getVersion());
	}

	@Override
	public List<Field> fields() {
		return List.of(Field.reference("party", this.party, "party"),
				Field.reference("sources", this.sources, "source"));
	}

}
