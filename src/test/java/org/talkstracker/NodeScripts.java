package org.talkstracker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Runs the validators in {@code scripts/} that someone else wrote (npm packages, locked
 * in {@code scripts/package-lock.json}) on what the application publishes. A test using
 * them is skipped, saying why, only where there is no {@code node}; the packages are
 * installed by {@code npm ci} when missing.
 */
public final class NodeScripts {

	private static final Path SCRIPTS = Path.of("scripts");

	private NodeScripts() {
	}

	/** Skips the calling test class where there is no node; installs the validators. */
	public static void assumeInstalled() throws Exception {
		boolean node = run(List.of("node", "--version")).code() == 0;
		if (!node) {
			System.out.println("Skipped: no node on the PATH to run the validators in scripts/ "
					+ "(install Node.js 18 or later to run these tests)");
		}
		assumeThat(node).as("node is installed").isTrue();
		if (!Files.isDirectory(SCRIPTS.resolve("node_modules/datapackage"))
				|| !Files.isDirectory(SCRIPTS.resolve("node_modules/@apidevtools/swagger-parser"))) {
			Result install = run(List.of("npm", "ci", "--prefix", SCRIPTS.toString(), "--no-audit", "--no-fund"));
			assertThat(install.code()).as("npm ci --prefix scripts: " + install.output()).isZero();
		}
	}

	/** Runs {@code scripts/<script>} with node on the file. */
	public static Result run(String script, Path file) throws Exception {
		return run(List.of("node", SCRIPTS.resolve(script).toString(), file.toString()));
	}

	private static Result run(List<String> command) throws Exception {
		Process process;
		try {
			process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			return new Result(-1, ex.getMessage());
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished: " + command).isTrue();
		return new Result(process.exitValue(), output);
	}

	/** How a script exited, and what it wrote. */
	public record Result(int code, String output) {
	}

}
