package org.talkstracker.datafile;

/**
 * One thing wrong with a data file: where (a JSON path such as
 * {@code $.processes[0].rounds[1]}) and what.
 */
public record DataFileProblem(String path, String message) {

	@Override
	public String toString() {
		return this.path + ": " + this.message;
	}

}
