package org.talkstracker.round;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person in a delegation with the title they held then; the person is chosen once, when added. */
record MemberForm(@NotBlank String person, @Size(max = 300) String title, @NotNull MemberRole role, long version) {

	static MemberForm blank() {
		return new MemberForm(null, null, MemberRole.MEMBER, 0);
	}

	static MemberForm of(DelegationMember member) {
		return new MemberForm(member.getPerson().getSlug(), member.getTitle(), member.getRole(), member.getVersion());
	}

}
