package org.talkstracker.memorandum;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.talkstracker.editing.EditingForm;
import org.talkstracker.source.SourceCatalogue;

/**
 * One numbered clause of a memorandum; the number is set once, when the clause is added.
 */
record ClauseForm(@NotNull @Positive Integer number, @NotNull ClauseTopic topic,
		@Size(max = EditingForm.LONG_TEXT) @NotBlank String text, List<String> sources,
		long version) implements EditingForm {

	ClauseForm {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	static ClauseForm blank(int number) {
		return new ClauseForm(number, null, null, List.of(), 0);
	}

	static ClauseForm of(Clause clause) {
		return new ClauseForm(clause.getNumber(), clause.getTopic(), clause.getText(),
				SourceCatalogue.slugs(clause.getSources()), clause.getVersion());
	}

	ClauseForm withNumber(int number) {
		return new ClauseForm(number, this.topic, this.text, this.sources, this.version);
	}

	@Override
	public List<Field> fields() {
		return List.of(new Field("number", this.number), Field.choice("topic", this.topic, "clause.topic"),
				new Field("text", this.text), Field.reference("sources", this.sources, "source"));
	}

}
