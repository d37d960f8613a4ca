package org.talkstracker.web;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.dao.DataIntegrityViolationException;
import org.talkstracker.editing.FieldRefusedException;

/**
 * Saving one row of a form that adds several records at once (the short forms of a
 * round's workspace) with the editor that saves a record of its kind: what that editor or
 * the database refuses is said beside the row's own field ({@code proposals[2].title}),
 * and the whole form is then saved or not at all.
 */
public final class FormRows {

	private FormRows() {
	}

	/**
	 * Saves each row the editor filled in of the form's list {@code property}, each at
	 * its own path ({@code proposals[2]}); rows left blank are not saved.
	 * @param rowFields as for {@link #atRow}
	 */
	public static <R> void eachFilledIn(String property, List<R> rows, Predicate<R> filledIn,
			Map<String, String> rowFields, Consumer<R> save) {
		for (int i = 0; i < rows.size(); i++) {
			R row = rows.get(i);
			if (filledIn.test(row)) {
				atRow(property + "[" + i + "]", rowFields, () -> save.accept(row));
			}
		}
	}

	/**
	 * @param row the row's path in the form, as {@code proposals[2]}
	 * @param rowFields the row's field for each field the editor names and each
	 * constraint the database names; any other stays a field of the form as a whole
	 */
	public static void atRow(String row, Map<String, String> rowFields, Runnable save) {
		try {
			save.run();
		}
		catch (FieldRefusedException ex) {
			String field = (ex.getField() != null && rowFields.containsKey(ex.getField()))
					? row + "." + rowFields.get(ex.getField()) : ex.getField();
			throw new FieldRefusedException(field, ex.getMessageKey(), ex.getArguments());
		}
		catch (DataIntegrityViolationException ex) {
			String constraint = DatabaseConstraints.violated(ex);
			if (constraint == null || !rowFields.containsKey(constraint)) {
				throw ex;
			}
			throw new FieldRefusedException(row + "." + rowFields.get(constraint), "constraint." + constraint);
		}
	}

}
