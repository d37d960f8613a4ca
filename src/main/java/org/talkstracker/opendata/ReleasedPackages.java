package org.talkstracker.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The packages of releases as files to send, copied from the database the first time one
 * is asked for and named after their SHA-256: a release never changes, so a copy is never
 * stale, and one whose bytes do not match the stored SHA-256 is never kept.
 */
@Component
class ReleasedPackages {

	private final DataSetReleases releases;

	private final Path directory;

	ReleasedPackages(DataSetReleases releases, @Value("${talks.downloads.directory}") Path directory) {
		this.releases = releases;
		this.directory = directory;
	}

	Path file(DataSetRelease release) throws IOException {
		Path file = this.directory.resolve("release-" + release.packageSha256() + ".zip");
		if (Files.isRegularFile(file)) {
			return file;
		}
		Files.createDirectories(this.directory);
		Path part = Files.createTempFile(this.directory, "release-", ".zip.part");
		try {
			this.releases.copyPackage(release.version(), part);
			if (!sha256(part).equals(release.packageSha256())) {
				throw new IOException("The package of release " + release.version() + " is not what was stored");
			}
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		finally {
			Files.deleteIfExists(part);
		}
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
