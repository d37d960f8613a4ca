package org.talkstracker.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from binaries shipped as a Maven artifact. Its data stays
 * in the given directory between runs.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final Path directory;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path directory) {
		this.postgres = postgres;
		this.directory = directory;
	}

	public static EmbeddedPostgresServer start(Path directory) {
		return start(directory, 0);
	}

	/**
	 * Starts on the given port (0: any free port), on the data already in the directory
	 * if there is some.
	 */
	public static EmbeddedPostgresServer start(Path directory, int port) {
		try {
			Path absolute = directory.toAbsolutePath();
			Files.createDirectories(absolute);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(absolute)
				.setCleanDataDirectory(false);
			if (port != 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			return new EmbeddedPostgresServer(postgres, absolute);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	public String username() {
		return "postgres";
	}

	public Path directory() {
		return this.directory;
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
