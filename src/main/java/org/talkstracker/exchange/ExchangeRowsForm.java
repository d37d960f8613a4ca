package org.talkstracker.exchange;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.talkstracker.editing.EditingForm;

/**
 * The workspace's short form for the exchanges agreed at the round, with the sources all
 * of them cite; each agreement's slug is made of its kind and counts, and rows left blank
 * are ignored.
 */
record ExchangeRowsForm(List<Row> agreements, List<String> sources) {

	static final int ROWS = 2;

	ExchangeRowsForm {
		agreements = (agreements != null) ? agreements.stream().filter(Objects::nonNull).toList() : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	static ExchangeRowsForm blank() {
		return new ExchangeRowsForm(Collections.nCopies(ROWS, new Row(null, null, null, null, null, null, null)),
				List.of());
	}

	/**
	 * {@code precision}: how exact both counts are ("at least 1,200 each"); exact unless
	 * said.
	 */
	record Row(@NotNull ExchangeKind kind, @NotBlank String sideA, @PositiveOrZero Integer sideACount,
			@NotBlank String sideB, @PositiveOrZero Integer sideBCount, CountPrecision precision,
			@Size(max = EditingForm.LONG_TEXT) String description) {

		boolean filledIn() {
			return Stream.of(this.kind, this.sideA, this.sideACount, this.sideB, this.sideBCount, this.description)
				.anyMatch(Objects::nonNull);
		}

		/**
		 * The words the agreement's slug is made of: its kind and what each side is to
		 * receive.
		 */
		String name() {
			return this.kind + " " + Objects.toString(this.sideACount, "") + " "
					+ (Objects.equals(this.sideACount, this.sideBCount) ? "each"
							: Objects.toString(this.sideBCount, ""));
		}

		ExchangeForm form(String slug, List<String> sources) {
			return new ExchangeForm(slug, this.kind, this.sideA, this.sideACount, this.precision, this.sideB,
					this.sideBCount, this.precision, false, null, this.description, sources, 0);
		}

	}

}
