package org.talkstracker.datafile;

import java.util.List;
import java.util.stream.Collectors;

/** A data file that cannot be imported, with every problem found in it. Nothing was written. */
public class InvalidDataFileException extends RuntimeException {

	private final transient List<DataFileProblem> problems;

	public InvalidDataFileException(String file, List<DataFileProblem> problems) {
		super(describe(file, problems));
		this.problems = List.copyOf(problems);
	}

	public List<DataFileProblem> getProblems() {
		return this.problems;
	}

	private static String describe(String file, List<DataFileProblem> problems) {
		return problems.stream()
			.map((problem) -> "  " + problem)
			.collect(Collectors.joining("\n",
					"The data file " + file + " was not imported; nothing was written. " + problems.size()
							+ " problem(s):\n",
					""));
	}

}
