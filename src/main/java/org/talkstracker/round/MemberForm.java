package org.talkstracker.round;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.talkstracker.editing.EditingForm;
import org.talkstracker.source.SourceCatalogue;

/**
 * A person in a delegation with the title they held then, and the sources that report it;
 * the person is chosen once, when added.
 */
record MemberForm(@NotBlank String person, @Size(max = 300) String title, @NotNull MemberRole role,
		List<String> sources, long version) implements EditingForm {

	MemberForm {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	static MemberForm blank() {
		return new MemberForm(null, null, null, List.of(), 0);
	}

	static MemberForm of(DelegationMember member) {
		return new MemberForm(member.getPerson().getSlug(), member.getTitle(), member.getRole(),
				SourceCatalogue.slugs(member.getSources()), member.getVersion());
	}

	@Override
	public List<Field> fields() {
		return List.of(Field.reference("person", this.person, "person"), new Field("title", this.title),
				Field.choice("role", this.role, "member.role"), Field.reference("sources", this.sources, "source"));
	}

}
