package org.talkstracker.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

/**
 * What a picker's "add a new one" part did with what the editor typed: the record now
 * chosen (the new one, or one already stored that the typed values name, with a notice
 * saying so), or what was wrong with it, beside its fields, nothing written.
 *
 * @param chosen the record to choose; null when refused
 * @param notice the message key telling what was chosen: the new record, or an existing
 * one instead of a copy of it; null when refused
 * @param noticeArguments the values the notice names (the chosen record's label)
 * @param errors the typed values, with what was refused
 */
public record NewPick(Choice chosen, String notice, Object[] noticeArguments, BindingResult errors) {

	public static NewPick added(Choice chosen, BindingResult typed) {
		return new NewPick(chosen, "admin.picker.added", new Object[] { chosen.label() }, typed);
	}

	/** An existing record the typed values name, chosen instead of a copy of it. */
	public static NewPick existing(Choice chosen, BindingResult typed, String notice) {
		return new NewPick(chosen, notice, new Object[] { chosen.label() }, typed);
	}

	/**
	 * What a picker does with a new record once the typed values are bound: it chooses
	 * the stored record they name rather than copying it, with that notice; else adds the
	 * new record, when it is valid and nothing refuses it; else says what is wrong.
	 * @param existing the stored record the typed values name, if any
	 * @param constraints the form field each database constraint concerns
	 * @param added the new record as the picker offers it, once added
	 */
	public static NewPick chosenOrAdded(BindingResult typed, Optional<Choice> existing, String existingNotice,
			Map<String, String> constraints, Runnable add, Supplier<Choice> added) {
		if (existing.isPresent()) {
			return existing(existing.get(), typed, existingNotice);
		}
		if (FormSaving.savedWithin(typed, constraints, add)) {
			return added(added.get(), typed);
		}
		return refused(typed);
	}

	public static NewPick refused(BindingResult errors) {
		return new NewPick(null, null, new Object[0], errors);
	}

	public boolean isRefused() {
		return this.chosen == null;
	}

}
