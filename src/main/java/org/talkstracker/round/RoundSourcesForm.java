package org.talkstracker.round;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.talkstracker.source.SourceKind;

/**
 * The workspace's short form that adds several new sources at once and cites them on the
 * round; rows left blank are ignored.
 */
record RoundSourcesForm(List<Report> reports) {

	static final int ROWS = 4;

	RoundSourcesForm {
		reports = (reports != null) ? reports.stream().filter(Objects::nonNull).toList() : List.of();
	}

	static RoundSourcesForm blank() {
		return new RoundSourcesForm(
				Collections.nCopies(ROWS, new Report(null, null, null, null, SourceKind.INDEPENDENT)));
	}

	/** A source as the source form takes it, without a slug: one is made of its words. */
	record Report(@NotBlank @Size(max = 200) String publisher, @NotBlank @Size(max = 500) String title,
			@Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
			@DateTimeFormat(iso = ISO.DATE) LocalDate publishedOn, @NotNull SourceKind kind) {

		boolean filledIn() {
			return Stream.of(this.publisher, this.title, this.url, this.publishedOn).anyMatch(Objects::nonNull);
		}

	}

}
