package org.talkstracker.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.talkstracker.account.EditorNames;
import org.talkstracker.opendata.DataSetRelease.ReleasedFile;

/**
 * Cuts a release of the data set: numbers it after the month it is cut in (UTC), writes
 * its data package from the published data in one snapshot, lists its files with their
 * SHA-256, compares it with the release before it, and stores it all in one transaction.
 * Two administrators cutting at once are refused by the number's uniqueness
 * ({@code data_set_release_version_unique}), never given the same one.
 */
@Service
class DataSetReleasing {

	private final DataSetReleases releases;

	private final DataPackageWriter writer;

	private final EditorNames editors;

	private final Clock clock;

	private final Path directory;

	DataSetReleasing(DataSetReleases releases, DataPackageWriter writer, EditorNames editors, Clock clock,
			@Value("${talks.downloads.directory}") Path directory) {
		this.releases = releases;
		this.writer = writer;
		this.editors = editors;
		this.clock = clock;
		this.directory = directory;
	}

	/** The number the next release cut now takes. */
	String nextVersion() {
		return this.releases.nextVersion(YearMonth.from(Instant.now(this.clock).atOffset(ZoneOffset.UTC)));
	}

	/** Cuts the next release, with the administrator's public note. */
	DataSetRelease cut(String note) {
		Instant now = Instant.now(this.clock);
		String version = this.releases.nextVersion(YearMonth.from(now.atOffset(ZoneOffset.UTC)));
		PackageEdition edition = PackageEdition.release(version, now);
		Path zip = null;
		try {
			Files.createDirectories(this.directory);
			zip = Files.createTempFile(this.directory, "release-", ".zip.part");
			try (OutputStream out = Files.newOutputStream(zip)) {
				this.writer.write(edition, out);
			}
			Optional<DataSetRelease> previous = this.releases.latest();
			DataSetRelease release;
			String descriptor;
			try (ZipFile current = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
				descriptor = new String(
						current.getInputStream(current.getEntry(DataPackageWriter.DESCRIPTOR)).readAllBytes(),
						StandardCharsets.UTF_8);
				List<ReleasedFile> files = files(zip, current);
				DataSetChanges changes = previous.isPresent() ? compare(previous.get(), current)
						: PackageComparison.first(current);
				release = new DataSetRelease(version, edition.created(), this.editors.current(), note,
						files.get(0).size(), files.get(0).sha256(), files, changes);
			}
			this.releases.add(release, descriptor, zip);
			return release;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(zip);
		}
	}

	private DataSetChanges compare(DataSetRelease previous, ZipFile current) throws IOException {
		Path earlier = Files.createTempFile(this.directory, "release-" + previous.version() + "-", ".zip.part");
		try {
			this.releases.copyPackage(previous.version(), earlier);
			try (ZipFile before = new ZipFile(earlier.toFile(), StandardCharsets.UTF_8)) {
				return PackageComparison.between(previous.version(), before, current);
			}
		}
		finally {
			deleteQuietly(earlier);
		}
	}

	/** The package itself, then each file in it, in the package's order. */
	private static List<ReleasedFile> files(Path zip, ZipFile package_) throws IOException {
		List<ReleasedFile> files = new ArrayList<>();
		try (InputStream in = Files.newInputStream(zip)) {
			files.add(file(DataPackageWriter.NAME + "-datapackage.zip", in));
		}
		Enumeration<? extends ZipEntry> entries = package_.entries();
		while (entries.hasMoreElements()) {
			ZipEntry entry = entries.nextElement();
			try (InputStream in = package_.getInputStream(entry)) {
				files.add(file(entry.getName(), in));
			}
		}
		return files;
	}

	private static ReleasedFile file(String path, InputStream in) throws IOException {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
		long size;
		try (DigestInputStream digesting = new DigestInputStream(in, sha256)) {
			size = digesting.transferTo(OutputStream.nullOutputStream());
		}
		return new ReleasedFile(path, size, HexFormat.of().formatHex(sha256.digest()));
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// A part file left behind is deleted with the others after an hour.
			}
		}
	}

}
