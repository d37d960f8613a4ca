package org.talkstracker.exchange;

import java.util.List;

/**
 * The agreements a handover row may belong to, each with its parties in the agreement's
 * order, so that the row's counts are labelled by party ("Russia received") rather than
 * by position.
 */
public record AgreementChoices(List<Agreement> all) {

	/**
	 * The parties whose counts a row asks for: those of the agreement the row has chosen,
	 * or before a choice, the parties that every agreement shares in the same order;
	 * {@code null} when the agreements differ and none is chosen yet.
	 */
	public Agreement sidesOf(String chosen) {
		List<Agreement> sides = this.all.stream()
			.filter((agreement) -> chosen == null || chosen.isEmpty() || agreement.value().equals(chosen))
			.toList();
		boolean shared = !sides.isEmpty() && sides.stream()
			.allMatch((agreement) -> agreement.sideA().equals(sides.get(0).sideA())
					&& agreement.sideB().equals(sides.get(0).sideB()));
		return shared ? sides.get(0) : null;
	}

	/**
	 * One agreement: the value a row sends (its round and slug), what the editor reads,
	 * and its two parties' names.
	 */
	public record Agreement(String value, String label, String sideA, String sideB) {
	}

}
