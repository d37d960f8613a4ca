package org.talkstracker.exchange;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.talkstracker.editing.EditingForm;
import org.talkstracker.source.SourceCatalogue;

/**
 * One form for adding and editing an exchange agreement; its slug is set once, when it is
 * added.
 */
record ExchangeForm(@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String slug,
		@NotNull ExchangeKind kind, @NotBlank String sideA, @PositiveOrZero Integer sideACount,
		CountPrecision sideACountPrecision, @NotBlank String sideB, @PositiveOrZero Integer sideBCount,
		CountPrecision sideBCountPrecision, Boolean allForAll, @Size(max = EditingForm.LONG_TEXT) String criteria,
		@Size(max = EditingForm.LONG_TEXT) String description, List<String> sources,
		long version) implements EditingForm {

	ExchangeForm {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		// An unticked box sends nothing.
		allForAll = Boolean.TRUE.equals(allForAll);
		// A count is exact unless said otherwise.
		sideACountPrecision = (sideACountPrecision != null) ? sideACountPrecision : CountPrecision.EXACT;
		sideBCountPrecision = (sideBCountPrecision != null) ? sideBCountPrecision : CountPrecision.EXACT;
	}

	static ExchangeForm blank() {
		return new ExchangeForm(null, null, null, null, null, null, null, null, false, null, null, List.of(), 0);
	}

	/** A new agreement between these two parties (none chosen for an empty list). */
	static ExchangeForm between(List<String> parties) {
		return parties.isEmpty() ? blank() : new ExchangeForm(null, null, parties.get(0), null, null, parties.get(1),
				null, null, false, null, null, List.of(), 0);
	}

	static ExchangeForm of(ExchangeAgreement agreement) {
		return new ExchangeForm(agreement.getSlug(), agreement.getKind(), agreement.getSideAParty().getSlug(),
				agreement.getSideACount().orElse(null), agreement.getSideACountPrecision(),
				agreement.getSideBParty().getSlug(), agreement.getSideBCount().orElse(null),
				agreement.getSideBCountPrecision(), agreement.isAllForAll(), agreement.getCriteria(),
				agreement.getDescription(), SourceCatalogue.slugs(agreement.getSources()), agreement.getVersion());
	}

	ExchangeForm withSlug(String slug) {
		return new ExchangeForm(slug, this.kind, this.sideA, this.sideACount, this.sideACountPrecision, this.sideB,
				this.sideBCount, this.sideBCountPrecision, this.allForAll, this.criteria, this.description,
				this.sources, this.version);
	}

	@Override
	public List<Field> fields() {
		return List.of(new Field("slug", this.slug), Field.choice("kind", this.kind, "exchange.kind"),
				Field.reference("sideA", this.sideA, "party"), new Field("sideACount", this.sideACount),
				Field.choice("sideACountPrecision", this.sideACountPrecision, "exchange.countPrecision"),
				Field.reference("sideB", this.sideB, "party"), new Field("sideBCount", this.sideBCount),
				Field.choice("sideBCountPrecision", this.sideBCountPrecision, "exchange.countPrecision"),
				new Field("allForAll", this.allForAll), new Field("criteria", this.criteria),
				new Field("description", this.description), Field.reference("sources", this.sources, "source"));
	}

}
