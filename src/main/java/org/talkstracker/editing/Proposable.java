package org.talkstracker.editing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an editor's method whose change of a published round can wait for a second
 * editor's approval under the two-person rule: when the rule keeps the save
 * ({@link ApprovalRequiredException}), the call is stored as a request instead
 * ({@link ProposedForApprovalException}) and made, through this same method, when another
 * editor approves it. The method's parameters are the keys of the record it changes
 * (slugs, numbers, choices: the request's target, {@code <round>/<proposal>}), then,
 * unless it deletes, the form, stored as its values. Requests name the kind, never a
 * class or a method, so a kind's name is never changed once requests may wait under it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Proposable {

	/** The kind's name, stored with each request ({@code proposal.delete}). */
	String value();

	/**
	 * The message key prefix that names the fields of the form (or of the record a
	 * deletion removes), as {@link EditConflictException} names them; none for a form
	 * that is not an {@link EditingForm}.
	 */
	String labels() default "";

	/**
	 * The name of a method of the same editor that takes the keys alone and returns the
	 * {@link EditingForm} the stored record fills in now: for a change of a record that
	 * exists (an edit, a deletion), so that the request shows the stored values beside
	 * the proposed ones, and a request whose record changed since is refused as outdated.
	 */
	String current() default "";

}
