package org.talkstracker.memorandum;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.editing.Name;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.SourceCatalogue;

/**
 * One form for adding and editing a memorandum; process and slug are set once, when it is
 * added.
 */
record MemorandumForm(@NotBlank String process,
		@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String slug,
		@NotBlank @Size(max = 300) String title, @Size(max = 300) String titleUk, @Size(max = 300) String titleRu,
		@Pattern(regexp = "en|uk|ru") String titleOriginal, @NotBlank String author, String round,
		@DateTimeFormat(iso = ISO.DATE) LocalDate deliveredOn, DatePrecision deliveredPrecision,
		@DateTimeFormat(iso = ISO.DATE) LocalDate publishedOn, @Size(max = EditingForm.LONG_TEXT) String summary,
		List<String> sources, long version) implements EditingForm {

	MemorandumForm {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		round = (round != null && round.isBlank()) ? null : round;
	}

	static MemorandumForm blank(String process, String round) {
		return new MemorandumForm(process, null, null, null, null, "en", null, round, null, null, null, null, List.of(),
				0);
	}

	static MemorandumForm of(Memorandum memorandum) {
		Name titles = memorandum.getTitles();
		return new MemorandumForm(memorandum.getProcess().getSlug(), memorandum.getSlug(), titles.en(), titles.uk(),
				titles.ru(), titles.original(), memorandum.getAuthorParty().getSlug(),
				(memorandum.getRound() != null) ? memorandum.getRound().getSlug() : null,
				(memorandum.getDelivered() != null) ? memorandum.getDelivered().getDate() : null,
				(memorandum.getDelivered() != null) ? memorandum.getDelivered().getPrecision() : null,
				memorandum.getPublishedOn(), memorandum.getSummary(), SourceCatalogue.slugs(memorandum.getSources()),
				memorandum.getVersion());
	}

	MemorandumForm identifying(Memorandum memorandum) {
		return new MemorandumForm(memorandum.getProcess().getSlug(), memorandum.getSlug(), this.title, this.titleUk,
				this.titleRu, this.titleOriginal, this.author, this.round, this.deliveredOn, this.deliveredPrecision,
				this.publishedOn, this.summary, this.sources, this.version);
	}

	/** The title in each language, the original marked. */
	Name titles() {
		return new Name(this.title, this.titleUk, this.titleRu, this.titleOriginal);
	}

	@Override
	public List<Field> fields() {
		return List.of(Field.reference("process", this.process, "process"), new Field("slug", this.slug),
				new Field("title", this.title), new Field("titleUk", this.titleUk), new Field("titleRu", this.titleRu),
				new Field("titleOriginal", this.titleOriginal), Field.reference("author", this.author, "party"),
				new Field("round", this.round), new Field("deliveredOn", this.deliveredOn),
				Field.choice("deliveredPrecision", this.deliveredPrecision, "admin.datePrecision"),
				new Field("publishedOn", this.publishedOn), new Field("summary", this.summary),
				Field.reference("sources", this.sources, "source"));
	}

}
