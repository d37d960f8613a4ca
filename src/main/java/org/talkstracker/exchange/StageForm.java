package org.talkstracker.exchange;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.SourceCatalogue;

/**
 * One handover under an agreement: what each side received as each side reported it. The
 * sequence number is set once, when the stage is added.
 */
record StageForm(@NotNull @Positive Integer sequence, @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate occurredOn,
		@NotNull DatePrecision occurredPrecision, @DateTimeFormat(iso = ISO.DATE) LocalDate announcedOn,
		@PositiveOrZero Integer sideAReceivedPerA, @PositiveOrZero Integer sideAReceivedPerB,
		@PositiveOrZero Integer sideBReceivedPerA, @PositiveOrZero Integer sideBReceivedPerB, Boolean sideAWithheld,
		Boolean sideBWithheld, @Size(max = EditingForm.LONG_TEXT) String note, List<String> sources,
		long version) implements EditingForm {

	StageForm {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		// An unticked box sends nothing.
		sideAWithheld = Boolean.TRUE.equals(sideAWithheld);
		sideBWithheld = Boolean.TRUE.equals(sideBWithheld);
	}

	static StageForm blank(int sequence) {
		return new StageForm(sequence, null, DatePrecision.DAY, null, null, null, null, null, false, false, null,
				List.of(), 0);
	}

	static StageForm of(ExchangeStage stage) {
		return new StageForm(stage.getSequence(), stage.getOccurred().getDate(), stage.getOccurred().getPrecision(),
				stage.getAnnouncedOn(), stage.getSideAReceived().perSideA(), stage.getSideAReceived().perSideB(),
				stage.getSideBReceived().perSideA(), stage.getSideBReceived().perSideB(), stage.isSideAWithheld(),
				stage.isSideBWithheld(), stage.getNote(), SourceCatalogue.slugs(stage.getSources()),
				stage.getVersion());
	}

	StageForm withSequence(int sequence) {
		return new StageForm(sequence, this.occurredOn, this.occurredPrecision, this.announcedOn,
				this.sideAReceivedPerA, this.sideAReceivedPerB, this.sideBReceivedPerA, this.sideBReceivedPerB,
				this.sideAWithheld, this.sideBWithheld, this.note, this.sources, this.version);
	}

	@Override
	public List<Field> fields() {
		return List.of(new Field("sequence", this.sequence), new Field("occurredOn", this.occurredOn),
				Field.choice("occurredPrecision", this.occurredPrecision, "admin.datePrecision"),
				new Field("announcedOn", this.announcedOn), new Field("sideAReceivedPerA", this.sideAReceivedPerA),
				new Field("sideAReceivedPerB", this.sideAReceivedPerB),
				new Field("sideBReceivedPerA", this.sideBReceivedPerA),
				new Field("sideBReceivedPerB", this.sideBReceivedPerB), new Field("sideAWithheld", this.sideAWithheld),
				new Field("sideBWithheld", this.sideBWithheld), new Field("note", this.note),
				Field.reference("sources", this.sources, "source"));
	}

}
