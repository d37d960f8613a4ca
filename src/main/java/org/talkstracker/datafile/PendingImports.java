package org.talkstracker.datafile;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Data files that passed a dry run, kept for {@link #KEPT} so that the editor confirms
 * the import without choosing the file again. Each is known by a random token that only
 * travels in the confirmation form's body, never in an address, and only the editor who
 * uploaded it may import it. They are kept in the database (V26), so the confirmation may
 * reach any instance.
 */
@Component
class PendingImports {

	/** How long a dry-run file waits for its confirmation. */
	static final Duration KEPT = Duration.ofHours(1);

	private static final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PendingImports(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Keeps the uploaded file, streamed from the container's temporary file, and answers
	 * its token; files kept longer than {@link #KEPT} go first.
	 */
	String keep(String editor, String fileName, MultipartFile file) throws IOException {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.jdbc.update("delete from pending_import where uploaded_at < ?", Timestamp.from(now.minus(KEPT)));
		try (InputStream content = file.getInputStream()) {
			this.jdbc.update(
					"insert into pending_import (token, account, file_name, content, uploaded_at) values (?, ?, ?, ?, ?)",
					(statement) -> {
						statement.setString(1, token);
						statement.setString(2, editor);
						statement.setString(3, fileName);
						statement.setBinaryStream(4, content, file.getSize());
						statement.setTimestamp(5, Timestamp.from(now));
					});
		}
		return token;
	}

	/** The file kept under this token for this editor, unless it has expired. */
	Optional<PendingImport> find(String token, String editor) {
		return this.jdbc
			.query("select file_name, content from pending_import where token = ? and account = ? and uploaded_at >= ?",
					(row, number) -> new PendingImport(token, row.getString("file_name"), row.getBytes("content")),
					token, editor, Timestamp.from(this.clock.instant().minus(KEPT)))
			.stream()
			.findFirst();
	}

	/** Forgets a file once it has been imported. */
	void drop(String token) {
		this.jdbc.update("delete from pending_import where token = ?", token);
	}

	record PendingImport(String token, String fileName, byte[] content) {
	}

}
