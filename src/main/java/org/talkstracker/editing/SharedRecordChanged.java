package org.talkstracker.editing;

/**
 * A {@link SharedRecord} was changed or deleted, named as {@code kind:slug}; published in
 * the writing transaction by {@link SharedRecordChanges}.
 */
public record SharedRecordChanged(String mention) {

	public static SharedRecordChanged of(SharedRecord record) {
		return new SharedRecordChanged(record.sharedKind() + ":" + record.getSlug());
	}

}
