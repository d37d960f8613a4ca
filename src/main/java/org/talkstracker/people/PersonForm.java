package org.talkstracker.people;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.talkstracker.editing.Name;
import org.talkstracker.editing.NamedForm;

/**
 * One form for adding and editing a person; its slug is set once, when it is added. Other
 * spellings of the name (transliterations, the name in its own script) are typed one per
 * line.
 */
record PersonForm(@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String slug,
		@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameUk, @Size(max = 200) String nameRu,
		@Pattern(regexp = "en|uk|ru") String nameOriginal, String aliases,
		@Size(max = 20) @Pattern(regexp = "Q[1-9][0-9]*") String wikidataId, long version) implements NamedForm {

	/** The longest spelling the schema keeps. */
	static final int LONGEST_ALIAS = 200;

	static PersonForm blank() {
		return new PersonForm(null, null, null, null, "en", null, null, 0);
	}

	static PersonForm of(Person person) {
		Name names = person.getNames();
		return new PersonForm(person.getSlug(), names.en(), names.uk(), names.ru(), names.original(),
				person.getAliases().stream().sorted().collect(Collectors.joining("\n")), person.getWikidataId(),
				person.getVersion());
	}

	PersonForm withSlug(String slug) {
		return new PersonForm(slug, this.name, this.nameUk, this.nameRu, this.nameOriginal, this.aliases,
				this.wikidataId, this.version);
	}

	/** The other spellings, one per line, without blank lines or repeats. */
	Set<String> spellings() {
		return (this.aliases != null) ? Arrays.stream(this.aliases.split("\\R"))
			.map(String::strip)
			.filter((alias) -> !alias.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new)) : Set.of();
	}

	boolean hasOverlongSpelling() {
		return spellings().stream().anyMatch((alias) -> alias.length() > LONGEST_ALIAS);
	}

	@Override
	public List<Field> fields() {
		return List.of(new Field("slug", this.slug), new Field("name", this.name), new Field("nameUk", this.nameUk),
				new Field("nameRu", this.nameRu), new Field("nameOriginal", this.nameOriginal),
				new Field("aliases", this.aliases), new Field("wikidataId", this.wikidataId));
	}

}
