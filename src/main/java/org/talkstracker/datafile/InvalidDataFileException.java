package org.talkstracker.datafile;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A data file that cannot be imported, with its problems: the first {@value #LISTED} one
 * by one, the others counted. Nothing was written.
 */
public class InvalidDataFileException extends RuntimeException {

	/**
	 * Problems listed one by one; beyond these, counted, so that no file makes a report
	 * without end.
	 */
	public static final int LISTED = 100;

	private final transient List<DataFileProblem> problems;

	private final int unlisted;

	public InvalidDataFileException(String file, List<DataFileProblem> problems) {
		this(file, problems.subList(0, Math.min(LISTED, problems.size())), Math.max(0, problems.size() - LISTED));
	}

	/**
	 * @param listed the first problems found, at most {@value #LISTED}
	 * @param unlisted how many more were found
	 */
	InvalidDataFileException(String file, List<DataFileProblem> listed, int unlisted) {
		super(describe(file, listed, unlisted));
		this.problems = List.copyOf(listed);
		this.unlisted = unlisted;
	}

	/** The first problems, at most {@value #LISTED}. */
	public List<DataFileProblem> getProblems() {
		return this.problems;
	}

	/** How many problems were found beyond those listed. */
	public int getUnlisted() {
		return this.unlisted;
	}

	private static String describe(String file, List<DataFileProblem> listed, int unlisted) {
		String problems = listed.stream()
			.map((problem) -> "  " + problem)
			.collect(Collectors.joining("\n",
					String.format(Locale.ENGLISH,
							"The data file %s was not imported; nothing was written. %,d problem(s):%n", file,
							listed.size() + unlisted),
					""));
		return (unlisted > 0) ? problems + String.format(Locale.ENGLISH, "%n  and %,d more", unlisted) : problems;
	}

}
