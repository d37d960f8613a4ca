package org.talkstracker.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.opendata.DataSetRelease.ReleasedFile;

/**
 * The releases of the data set, kept in the database ({@code data_set_release}, with
 * their packages' bytes), so they survive a restart and are in every backup. Rows are
 * only ever added.
 */
@Repository
class DataSetReleases {

	/**
	 * Reads what older releases stored too, should a later one add to the change list.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final String RELEASE = """
			select r.id, r.version, r.released_at, r.editor, r.note, octet_length(r.package) as size, r.package_sha256,
			    r.changes::text as changes
			from data_set_release r
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	DataSetReleases(JdbcTemplate template) {
		this.template = template;
		this.jdbc = JdbcClient.create(template);
	}

	/**
	 * The number the next release cut in {@code month} takes: {@code 2026.12.0}, then
	 * {@code 2026.12.1}.
	 */
	@Transactional(readOnly = true)
	public String nextVersion(YearMonth month) {
		String prefix = month.getYear() + "." + month.getMonthValue() + ".";
		int cut = this.jdbc.sql("select count(*) from data_set_release where starts_with(version, :prefix)")
			.param("prefix", prefix)
			.query(Integer.class)
			.single();
		return prefix + cut;
	}

	/** Every release, the latest first. */
	@Transactional(readOnly = true)
	public List<DataSetRelease> all() {
		return withFiles(this.jdbc.sql(RELEASE + "order by r.released_at desc, r.id desc").query(this::row).list());
	}

	@Transactional(readOnly = true)
	public Optional<DataSetRelease> find(String version) {
		return withFiles(
				this.jdbc.sql(RELEASE + "where r.version = :version").param("version", version).query(this::row).list())
			.stream()
			.findFirst();
	}

	@Transactional(readOnly = true)
	public Optional<DataSetRelease> latest() {
		return withFiles(
				this.jdbc.sql(RELEASE + "order by r.released_at desc, r.id desc limit 1").query(this::row).list())
			.stream()
			.findFirst();
	}

	/** The release's descriptor, as its package holds it. */
	@Transactional(readOnly = true)
	public Optional<String> descriptor(String version) {
		return this.jdbc.sql("select descriptor from data_set_release where version = :version")
			.param("version", version)
			.query(String.class)
			.optional();
	}

	/** Copies the release's package, byte for byte, to {@code file}. */
	@Transactional(readOnly = true)
	public boolean copyPackage(String version, Path file) {
		return this.jdbc.sql("select package from data_set_release where version = :version")
			.param("version", version)
			.query((result) -> {
				if (!result.next()) {
					return false;
				}
				try (InputStream in = result.getBinaryStream(1); OutputStream out = Files.newOutputStream(file)) {
					in.transferTo(out);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return true;
			});
	}

	/** Stores a release: its package read from {@code zip}, its files and its changes. */
	@Transactional
	public void add(DataSetRelease release, String descriptor, Path zip) {
		try (InputStream in = Files.newInputStream(zip)) {
			insert(release, descriptor, in, Files.size(zip));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void insert(DataSetRelease release, String descriptor, InputStream zip, long size) {
		Long id = this.template.query((connection) -> {
			PreparedStatement insert = connection.prepareStatement(
					"""
							insert into data_set_release (version, released_at, editor, note, descriptor, package, package_sha256, changes)
							values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
							returning id""");
			insert.setString(1, release.version());
			insert.setTimestamp(2, Timestamp.from(release.releasedAt()));
			insert.setString(3, release.editor());
			insert.setString(4, release.note());
			insert.setString(5, descriptor);
			insert.setBinaryStream(6, zip, size);
			insert.setString(7, release.packageSha256());
			insert.setString(8, JSON.writeValueAsString(release.changes()));
			return insert;
		}, (ResultSetExtractor<Long>) (result) -> result.next() ? result.getLong(1) : null);
		int position = 0;
		for (ReleasedFile file : release.files()) {
			this.jdbc.sql("""
					insert into data_set_release_file (release_id, position, path, size, sha256)
					values (:release, :position, :path, :size, :sha256)""")
				.param("release", id)
				.param("position", position++)
				.param("path", file.path())
				.param("size", file.size())
				.param("sha256", file.sha256())
				.update();
		}
	}

	private List<DataSetRelease> withFiles(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ReleasedFile>> files = new LinkedHashMap<>();
		rows.forEach((row) -> files.put(row.id(), new ArrayList<>()));
		this.jdbc.sql("""
				select release_id, path, size, sha256 from data_set_release_file
				where release_id in (:ids) order by release_id, position""")
			.param("ids", files.keySet())
			.query((result) -> {
				files.get(result.getLong("release_id"))
					.add(new ReleasedFile(result.getString("path"), result.getLong("size"),
							result.getString("sha256")));
			});
		return rows.stream()
			.map((row) -> new DataSetRelease(row.version(), row.releasedAt(), row.editor(), row.note(), row.size(),
					row.sha256(), List.copyOf(files.get(row.id())), row.changes()))
			.toList();
	}

	private Row row(java.sql.ResultSet result, int number) throws java.sql.SQLException {
		return new Row(result.getLong("id"), result.getString("version"),
				result.getTimestamp("released_at").toInstant(), result.getString("editor"), result.getString("note"),
				result.getLong("size"), result.getString("package_sha256"),
				JSON.readValue(result.getString("changes"), DataSetChanges.class));
	}

	private record Row(long id, String version, Instant releasedAt, String editor, String note, long size,
			String sha256, DataSetChanges changes) {

	}

}
