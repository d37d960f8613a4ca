package org.talkstracker.round;

/**
 * Where editors go back to after changing a fact of a round: the fact's section of the
 * round's editing page ({@code #proposals}, {@code #delegations}, …).
 */
public final class RoundSection {

	private RoundSection() {
	}

	/** The address of a section of the round's editing page. */
	public static String of(String round, String section) {
		return "/admin/rounds/" + round + "#" + section;
	}

}
