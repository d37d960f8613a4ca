package org.talkstracker.exchange;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.talkstracker.source.DatePrecision;

/**
 * The workspace's short form for handovers, under agreements of this round or of earlier
 * rounds of its process, with the sources all of them cite; rows left blank are ignored.
 * Each side's count is what that side reported it received.
 */
record HandoverRowsForm(List<Row> handovers, List<String> sources) {

	static final int ROWS = 10;

	HandoverRowsForm {
		handovers = (handovers != null) ? handovers.stream().filter(Objects::nonNull).toList() : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	static HandoverRowsForm blank() {
		return new HandoverRowsForm(Collections.nCopies(ROWS, new Row(null, null, null, null)), List.of());
	}

	/**
	 * @param agreement the agreement's round and slug, as
	 * {@code istanbul-2025-06-02/bodies-6000-each}
	 */
	record Row(@NotBlank String agreement, @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate occurredOn,
			@PositiveOrZero Integer sideAReceived, @PositiveOrZero Integer sideBReceived) {

		boolean filledIn() {
			return Stream.of(this.agreement, this.occurredOn, this.sideAReceived, this.sideBReceived)
				.anyMatch(Objects::nonNull);
		}

		StageForm form(int sequence, List<String> sources) {
			return new StageForm(sequence, this.occurredOn, DatePrecision.DAY, null, this.sideAReceived, null, null,
					this.sideBReceived, false, false, null, sources, 0);
		}

	}

}
