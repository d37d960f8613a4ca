package org.talkstracker.proposal;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.talkstracker.editing.EditingForm;

/**
 * The workspace's short form that adds several proposals at once, with the sources all of
 * them cite; each proposal's slug is made of its title, and rows left blank are ignored.
 */
record ProposalRowsForm(List<Row> proposals, List<String> sources) {

	static final int ROWS = 5;

	ProposalRowsForm {
		proposals = (proposals != null) ? proposals.stream().filter(Objects::nonNull).toList() : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	static ProposalRowsForm blank() {
		return new ProposalRowsForm(Collections.nCopies(ROWS, new Row(null, null, null, ProposalStatus.PROPOSED, null)),
				List.of());
	}

	record Row(@NotBlank String party, @NotNull ProposalCategory category, @NotBlank @Size(max = 300) String title,
			@NotNull ProposalStatus status, @Size(max = EditingForm.LONG_TEXT) String details) {

		boolean filledIn() {
			return Stream.of(this.party, this.category, this.title, this.details).anyMatch(Objects::nonNull);
		}

		ProposalForm form(String slug, List<String> sources) {
			return new ProposalForm(slug, this.party, this.category, this.title, this.details, this.status, null, null,
					sources, 0);
		}

	}

}
