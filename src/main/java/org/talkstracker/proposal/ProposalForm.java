package org.talkstracker.proposal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.source.SourceCatalogue;

/** One form for adding and editing a proposal; its slug is set once, when it is added. */
record ProposalForm(@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String slug,
		@NotBlank String party, @NotNull ProposalCategory category, @NotBlank @Size(max = 300) String title,
		@Size(max = EditingForm.LONG_TEXT) String details, @NotNull ProposalStatus status,
		@Size(max = EditingForm.LONG_TEXT) String response, @DateTimeFormat(iso = ISO.DATE) LocalDate deadline,
		List<String> sources, long version) implements EditingForm {

	ProposalForm {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	static ProposalForm blank() {
		return new ProposalForm(null, null, null, null, null, ProposalStatus.PROPOSED, null, null, List.of(), 0);
	}

	static ProposalForm of(Proposal proposal) {
		return new ProposalForm(proposal.getSlug(), proposal.getParty().getSlug(), proposal.getCategory(),
				proposal.getTitle(), proposal.getDetails(), proposal.getStatus(), proposal.getResponse(),
				proposal.getDeadline(), SourceCatalogue.slugs(proposal.getSources()), proposal.getVersion());
	}

	ProposalForm withSlug(String slug) {
		return new ProposalForm(slug, this.party, this.category, this.title, this.details, this.status, this.response,
				this.deadline, this.sources, this.version);
	}

	@Override
	public List<Field> fields() {
		return List.of(new Field("slug", this.slug), Field.reference("party", this.party, "party"),
				Field.choice("category", this.category, "proposal.category"), new Field("title", this.title),
				new Field("details", this.details), Field.choice("status", this.status, "proposal.status"),
				new Field("response", this.response), new Field("deadline", this.deadline),
				Field.reference("sources", this.sources, "source"));
	}

}
