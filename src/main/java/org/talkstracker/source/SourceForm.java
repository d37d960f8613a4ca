package org.talkstracker.source;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.talkstracker.editing.EditingForm;

/** One form for adding and editing a source; its slug is set once, when it is added. */
record SourceForm(@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String slug,
		@NotBlank @Size(max = 200) String publisher, @NotBlank @Size(max = 500) String title,
		@Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
		@DateTimeFormat(iso = ISO.DATE) LocalDate publishedOn, @NotNull SourceKind kind, @Size(max = 1000) String note,
		long version) implements EditingForm {

	SourceForm {
		url = (url != null && url.isBlank()) ? null : url;
	}

	static SourceForm blank() {
		return new SourceForm(null, null, null, null, null, SourceKind.INDEPENDENT, null, 0);
	}

	static SourceForm of(Source source) {
		return new SourceForm(source.getSlug(), source.getPublisher(), source.getTitle(), source.getUrl(),
				source.getPublishedOn(), source.getKind(), source.getNote(), source.getVersion());
	}

	SourceForm withSlug(String slug) {
		return new SourceForm(slug, this.publisher, this.title, this.url, this.publishedOn, this.kind, this.note,
				this.version);
	}

	@Override
	public List<Field> fields() {
		return List.of(new Field("slug", this.slug), new Field("publisher", this.publisher),
				new Field("title", this.title), new Field("url", this.url), new Field("publishedOn", this.publishedOn),
				Field.choice("kind", this.kind, "source.kind"), new Field("note", this.note));
	}

}
