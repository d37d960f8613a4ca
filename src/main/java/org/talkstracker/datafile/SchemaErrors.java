package org.talkstracker.datafile;

import java.util.AbstractList;
import java.util.ArrayList;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;

/**
 * The JSON Schema's verdict on a file as its first errors and a count of the others. The
 * validator adds its errors to the list the output format gives it before validating;
 * this list keeps the first few and only counts the rest, so a file of millions of
 * misplaced values costs no more memory than one with a hundred (each error the validator
 * makes takes about 350 bytes). ({@code java.util.List} is written out: an output format
 * has a member type named List.)
 */
final class SchemaErrors implements OutputFormat<SchemaErrors.Found> {

	private final int kept;

	SchemaErrors(int kept) {
		this.kept = kept;
	}

	@Override
	public void customize(ExecutionContext context, SchemaContext schemaContext) {
		context.executionConfig((config) -> config.annotationCollectionEnabled(false));
		context.setErrors(new FirstErrors(this.kept));
	}

	@Override
	public Found format(Schema schema, ExecutionContext context, SchemaContext schemaContext) {
		FirstErrors errors = (FirstErrors) context.getErrors();
		return new Found(java.util.List.copyOf(errors.first), errors.size() - errors.first.size());
	}

	/** The first errors, and how many more there were. */
	record Found(java.util.List<Error> first, int more) {
	}

	/**
	 * Errors as the validator sees them: it appends, and compares sizes to tell whether a
	 * part of the file passed, so the size counts every error; only the first are kept to
	 * be read.
	 */
	private static final class FirstErrors extends AbstractList<Error> {

		private final int kept;

		private final java.util.List<Error> first = new ArrayList<>();

		private int size;

		FirstErrors(int kept) {
			this.kept = kept;
		}

		@Override
		public void add(int index, Error error) {
			if (index != this.size) {
				throw new UnsupportedOperationException("Errors are only appended");
			}
			if (this.first.size() < this.kept) {
				this.first.add(error);
			}
			this.size++;
			this.modCount++;
		}

		@Override
		public Error get(int index) {
			if (index < this.first.size()) {
				return this.first.get(index);
			}
			throw new UnsupportedOperationException(
					"Only the first " + this.kept + " errors are kept; error " + index + " was counted");
		}

		@Override
		public int size() {
			return this.size;
		}

	}

}
