package org.talkstracker.round;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The workspace's short form for the delegations: for each side its party and its people
 * (the head first), each typed by name (any spelling the search knows finds a person
 * already known), and the sources all of them cite. Sides and people left blank are
 * ignored.
 */
record DelegationsForm(List<Side> sides, List<String> sources) {

	static final int SIDES = 2;

	static final int PEOPLE = 5;

	DelegationsForm {
		sides = (sides != null) ? sides.stream().filter(Objects::nonNull).toList() : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	static DelegationsForm blank() {
		List<Member> people = IntStream.range(0, PEOPLE)
			.mapToObj((n) -> new Member(null, null, (n == 0) ? MemberRole.HEAD : MemberRole.MEMBER, null))
			.toList();
		return new DelegationsForm(IntStream.range(0, SIDES).mapToObj((n) -> new Side(null, people)).toList(),
				List.of());
	}

	/** A party's delegation; a person not yet known is added by the name typed. */
	record Side(@NotBlank String party, List<Member> people) {

		Side {
			people = (people != null) ? people.stream().filter(Objects::nonNull).toList() : List.of();
		}

		boolean filledIn() {
			return this.party != null || this.people.stream().anyMatch(Member::filledIn);
		}

	}

	/**
	 * A member of a delegation, with the title held then; {@code person} is the slug of
	 * the person chosen where the name typed names several.
	 */
	record Member(@NotBlank @Size(max = 200) String name, @Size(max = 300) String title, @NotNull MemberRole role,
			String person) {

		boolean filledIn() {
			return this.name != null || this.title != null;
		}

	}

}
