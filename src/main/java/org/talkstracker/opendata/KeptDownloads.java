package org.talkstracker.opendata;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.talkstracker.web.DataVersion;

/**
 * The whole data set's files as last written, kept on disk while the data is unchanged:
 * the first download after an edit is written from the database to the reader and to a
 * file at once, and the downloads after it are sent from that file, without a database
 * connection or a turn. A file is named after the {@link DataVersion#tag() data version}
 * it was read at, and kept only when no edit was committed while it was written, so it
 * never holds older or mixed data; when a newer one is kept the older is deleted.
 */
@Component
class KeptDownloads {

	private static final Logger logger = LoggerFactory.getLogger(KeptDownloads.class);

	/**
	 * Far longer than writing the largest file takes (the data file at full scale: under
	 * a minute).
	 */
	static final Duration ABANDONED = Duration.ofHours(1);

	private final DataVersion dataVersion;

	private final Path directory;

	KeptDownloads(DataVersion dataVersion, @Value("${talks.downloads.directory}") Path directory) {
		this.dataVersion = dataVersion;
		this.directory = directory;
	}

	/** The version the data is at now, to name what is read from it. */
	String version() {
		return this.dataVersion.tag();
	}

	/** The file kept of {@code name} at {@code version}, if any. */
	Optional<Path> find(String name, String version) {
		Path file = file(name, version);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/**
	 * A copy of what is written to {@code out}, for {@link Writing#keep()} once the
	 * download is whole; a download that breaks off leaves nothing behind.
	 */
	Writing write(String name, String version, OutputStream out) throws IOException {
		Files.createDirectories(this.directory);
		deleteAbandonedParts();
		Path part = Files.createTempFile(this.directory, name + "-", ".part");
		return new Writing(name, version, part, out);
	}

	/**
	 * Part files an instance left when it stopped half-way (a crash, a kill): none is
	 * written for longer than {@link #ABANDONED}, so older ones are nobody's.
	 */
	private void deleteAbandonedParts() {
		Instant before = Instant.now().minus(ABANDONED);
		try (DirectoryStream<Path> parts = Files.newDirectoryStream(this.directory, "*.part")) {
			for (Path part : parts) {
				if (Files.getLastModifiedTime(part).toInstant().isBefore(before)) {
					Files.deleteIfExists(part);
				}
			}
		}
		catch (IOException ex) {
			logger.warn("Could not delete abandoned part files in {}", this.directory, ex);
		}
	}

	private Path file(String name, String version) {
		return this.directory.resolve(name + "@" + version);
	}

	/** A download being written to the reader and to a part file. */
	final class Writing extends FilterOutputStream {

		private final String name;

		private final String version;

		private final Path part;

		private final OutputStream copy;

		private boolean kept;

		private Writing(String name, String version, Path part, OutputStream out) throws IOException {
			super(out);
			this.name = name;
			this.version = version;
			this.part = part;
			this.copy = Files.newOutputStream(part);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.copy.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
			this.copy.write(bytes, offset, length);
		}

		/**
		 * Keeps the written file if the data is still at the version it was read at; else
		 * (an edit was committed meanwhile) the file may mix both and is dropped.
		 */
		void keep() throws IOException {
			this.copy.close();
			if (!this.version.equals(version())) {
				return;
			}
			Files.move(this.part, file(this.name, this.version), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
			this.kept = true;
			deleteOlderThan(this.version);
		}

		/**
		 * Removes the part file unless it was kept; the response itself is the caller's.
		 */
		@Override
		public void close() throws IOException {
			this.copy.close();
			if (!this.kept) {
				Files.deleteIfExists(this.part);
			}
		}

		private void deleteOlderThan(String version) {
			try (DirectoryStream<Path> files = Files.newDirectoryStream(KeptDownloads.this.directory,
					this.name + "@*")) {
				for (Path file : files) {
					if (!file.getFileName().toString().equals(this.name + "@" + version)) {
						Files.deleteIfExists(file);
					}
				}
			}
			catch (IOException ex) {
				logger.warn("Could not delete older copies of {} in {}", this.name, KeptDownloads.this.directory, ex);
			}
		}

	}

}
