package org.talkstracker.opendata;

import java.util.List;

/**
 * What changed in a release of the data set against the release before it, made once when
 * the release is cut: per table, the records added, changed and withdrawn (by primary
 * key, with the first {@link #KEYS_LISTED} keys of each), and the tables and fields
 * added, removed or renamed (from the two descriptors).
 *
 * @param previous the release compared with, or {@code null} for the first release
 */
public record DataSetChanges(String previous, List<TableChange> tables, List<String> tablesAdded,
		List<String> tablesRemoved, List<FieldChange> fields) {

	/** How many keys of each kind of change a table lists; the counts are complete. */
	public static final int KEYS_LISTED = 50;

	static DataSetChanges first(List<TableChange> tables) {
		return new DataSetChanges(null, tables, List.of(), List.of(), List.of());
	}

	public boolean isFirst() {
		return this.previous == null;
	}

	public long recordsAdded() {
		return this.tables.stream().mapToLong(TableChange::added).sum();
	}

	public long recordsChanged() {
		return this.tables.stream().mapToLong(TableChange::changed).sum();
	}

	public long recordsWithdrawn() {
		return this.tables.stream().mapToLong(TableChange::withdrawn).sum();
	}

	/** Whether anything differs from the previous release. */
	public boolean isEmpty() {
		return this.tablesAdded.isEmpty() && this.tablesRemoved.isEmpty() && this.fields.isEmpty()
				&& this.tables.stream().allMatch(TableChange::isEmpty);
	}

	/**
	 * One table's records against the previous release's.
	 *
	 * @param rows how many records the table holds in this release
	 */
	public record TableChange(String table, long rows, long added, long changed, long withdrawn, List<String> addedKeys,
			List<String> changedKeys, List<String> withdrawnKeys) {

		public boolean isEmpty() {
			return this.added == 0 && this.changed == 0 && this.withdrawn == 0;
		}

	}

	/**
	 * A field added to a table, removed from it, or renamed ({@code from} its old name).
	 */
	public record FieldChange(String table, Kind kind, String field, String from) {

		public enum Kind {

			ADDED, REMOVED, RENAMED

		}

	}

}
