package org.talkstracker.round;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The workspace's short form for the round's hosts, mediators and observers, with the
 * sources all of them cite; rows left blank are ignored.
 */
record ThirdPartiesForm(List<Row> thirdParties, List<String> sources) {

	static final int ROWS = 3;

	ThirdPartiesForm {
		thirdParties = (thirdParties != null) ? thirdParties.stream().filter(Objects::nonNull).toList() : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	static ThirdPartiesForm blank() {
		return new ThirdPartiesForm(Collections.nCopies(ROWS, new Row(null, null, null)), List.of());
	}

	record Row(@NotBlank String party, @NotNull ThirdPartyRole role, @Size(max = 1000) String note) {

		boolean filledIn() {
			return this.party != null || this.role != null || this.note != null;
		}

	}

}
