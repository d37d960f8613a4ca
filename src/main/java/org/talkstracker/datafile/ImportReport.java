package org.talkstracker.datafile;

import java.util.List;

/**
 * What an import did, or would do, or why it could not: its first problems (at most
 * {@value InvalidDataFileException#LISTED}) and how many more it had.
 */
public record ImportReport(boolean dryRun, DataFileImporter.ImportResult result, List<ImportedRecord> records,
		List<DataFileProblem> problems, int unlistedProblems) {

	/** Shown one by one; beyond this, counted. */
	static final int LISTED = 500;

	public boolean accepted() {
		return this.problems.isEmpty();
	}

	public int problemCount() {
		return this.problems.size() + this.unlistedProblems;
	}

	public long created() {
		return this.records.stream().filter((record) -> record.change() == ImportedRecord.Change.CREATED).count();
	}

	public long changed() {
		return this.records.stream()
			.filter((record) -> record.change() == ImportedRecord.Change.CHANGED)
			.map((record) -> record.kind() + "/" + record.name())
			.distinct()
			.count();
	}

	public List<ImportedRecord> listed() {
		return this.records.stream().limit(LISTED).toList();
	}

	public int unlisted() {
		return Math.max(0, this.records.size() - LISTED);
	}

}
