package org.talkstracker.statement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.SourceCatalogue;

/**
 * One form for adding and editing a statement; process and slug are set once, when it is
 * added. The speaker, the round and the disputed statement may be left empty.
 */
record StatementForm(@NotBlank String process,
		@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String slug, @NotBlank String party,
		String speaker, @Size(max = 300) String speakerTitle, String round,
		@DateTimeFormat(iso = ISO.DATE) LocalDate saidOn, DatePrecision saidPrecision,
		@Size(max = EditingForm.LONG_TEXT) @NotBlank String text, @Size(max = 500) String quote, String disputes,
		List<String> sources, long version) implements EditingForm {

	StatementForm {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		speaker = blankToNull(speaker);
		round = blankToNull(round);
		disputes = blankToNull(disputes);
	}

	private static String blankToNull(String value) {
		return (value != null && value.isBlank()) ? null : value;
	}

	static StatementForm blank(String process, String round) {
		return new StatementForm(process, null, null, null, null, round, null, null, null, null, null, List.of(), 0);
	}

	static StatementForm of(Statement statement) {
		return new StatementForm(statement.getProcess().getSlug(), statement.getSlug(), statement.getParty().getSlug(),
				(statement.getSpeaker() != null) ? statement.getSpeaker().getSlug() : null, statement.getSpeakerTitle(),
				(statement.getRound() != null) ? statement.getRound().getSlug() : null,
				(statement.getSaid() != null) ? statement.getSaid().getDate() : null,
				(statement.getSaid() != null) ? statement.getSaid().getPrecision() : null, statement.getText(),
				statement.getQuote(), (statement.getDisputes() != null) ? statement.getDisputes().getSlug() : null,
				SourceCatalogue.slugs(statement.getSources()), statement.getVersion());
	}

	StatementForm identifying(Statement statement) {
		return new StatementForm(statement.getProcess().getSlug(), statement.getSlug(), this.party, this.speaker,
				this.speakerTitle, this.round, this.saidOn, this.saidPrecision, this.text, this.quote, this.disputes,
				this.sources, this.version);
	}

	@Override
	public List<Field> fields() {
		return List.of(Field.reference("process", this.process, "process"), new Field("slug", this.slug),
				Field.reference("party", this.party, "party"), Field.reference("speaker", this.speaker, "person"),
				new Field("speakerTitle", this.speakerTitle), new Field("round", this.round),
				new Field("saidOn", this.saidOn),
				Field.choice("saidPrecision", this.saidPrecision, "admin.datePrecision"), new Field("text", this.text),
				new Field("quote", this.quote), new Field("disputes", this.disputes),
				Field.reference("sources", this.sources, "source"));
	}

}
