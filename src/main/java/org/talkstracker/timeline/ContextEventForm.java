package org.talkstracker.timeline;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.SourceCatalogue;

/**
 * One form for adding and editing a context event; process and slug are set once, when it
 * is added. Readers see context events at once (they have no draft), so each cites a
 * source, as the data file's schema requires.
 */
record ContextEventForm(@NotBlank String process,
		@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String slug,
		@NotBlank @Size(max = 300) String title, @Size(max = EditingForm.LONG_TEXT) String description,
		@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate occurredOn, @NotNull DatePrecision occurredPrecision,
		@DateTimeFormat(iso = ISO.DATE) LocalDate announcedOn, @NotEmpty List<String> sources,
		long version) implements EditingForm {

	ContextEventForm {
		description = (description != null && description.isBlank()) ? null : description;
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	static ContextEventForm blank(String process) {
		return new ContextEventForm(process, null, null, null, null, DatePrecision.DAY, null, List.of(), 0);
	}

	static ContextEventForm of(ContextEvent event) {
		return new ContextEventForm(event.getProcess().getSlug(), event.getSlug(), event.getTitle(),
				event.getDescription(), event.getOccurred().getDate(), event.getOccurred().getPrecision(),
				event.getAnnouncedOn(), SourceCatalogue.slugs(event.getSources()), event.getVersion());
	}

	ContextEventForm identifying(ContextEvent event) {
		return new ContextEventForm(event.getProcess().getSlug(), event.getSlug(), this.title, this.description,
				this.occurredOn, this.occurredPrecision, this.announcedOn, this.sources, this.version);
	}

	@Override
	public List<Field> fields() {
		return List.of(Field.reference("process", this.process, "process"), new Field("slug", this.slug),
				new Field("title", this.title), new Field("description", this.description),
				new Field("occurredOn", this.occurredOn),
				Field.choice("occurredPrecision", this.occurredPrecision, "admin.datePrecision"),
				new Field("announcedOn", this.announcedOn), Field.reference("sources", this.sources, "source"));
	}

}
