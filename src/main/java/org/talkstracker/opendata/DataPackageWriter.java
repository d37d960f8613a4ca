package org.talkstracker.opendata;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.web.DataLicence;

/**
 * The published data set as a Frictionless tabular data package: a zip holding
 * {@code datapackage.json} (Data Package v1) and one CSV file per table of
 * {@link DataPackageTables}, each written row by row from a database cursor as the zip is
 * sent, so memory stays flat however large the data set. All tables are read in one
 * repeatable-read transaction, so their keys refer to one another.
 */
@Repository
class DataPackageWriter {

	static final String NAME = "talks-tracker";

	static final String DESCRIPTOR = "datapackage.json";

	static final String CODEBOOK = "codebook.md";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final JdbcClient jdbc;

	private final DataLicence licence;

	private final Clock clock;

	private final Codebooks codebooks;

	DataPackageWriter(DataSource dataSource, DataLicence licence, Codebooks codebooks, Clock clock) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(DataSetCsv.FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
		this.licence = licence;
		this.clock = clock;
		this.codebooks = codebooks;
	}

	/** The package's descriptor: a release's, or the current data's. */
	Map<String, Object> descriptor(PackageEdition edition) {
		Map<String, Object> licence = new LinkedHashMap<>();
		licence.put("name", this.licence.getIdentifier());
		licence.put("path", this.licence.getUrl());
		licence.put("title", this.licence.getTitle());
		Map<String, Object> descriptor = new LinkedHashMap<>();
		descriptor.put("profile", "tabular-data-package");
		descriptor.put("name", NAME);
		descriptor.put("title", "Talks Tracker: peace negotiations as sourced data");
		descriptor.put("description", edition.description());
		if (edition.isRelease()) {
			descriptor.put("version", edition.version());
		}
		descriptor.put("created", edition.created().toString());
		descriptor.put("licenses", List.of(licence));
		descriptor.put("resources", DataPackageTables.TABLES.stream().map(PackageTable::resource).toList());
		return descriptor;
	}

	/**
	 * The first and last days the published rounds were held on, as an ISO 8601 interval
	 * ({@code 2025-05-16/2025-06-02}); none when no round is published.
	 */
	@Transactional(readOnly = true)
	public Optional<String> temporalCoverage() {
		return this.jdbc
			.sql("select min(held_on) || '/' || max(held_on) from round where published having count(*) > 0")
			.query(String.class)
			.optional();
	}

	/** The current data's package, read at the data version {@code dataVersion}. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void writeCurrent(String dataVersion, OutputStream out) {
		write(PackageEdition.current(dataVersion, Instant.now(this.clock)), out);
	}

	/**
	 * The package as {@code edition} says, read in the caller's transaction (for a
	 * release, the one that stores it): the descriptor, one CSV per table, and the
	 * codebook made from the descriptor. Entries carry no time of their own, so the same
	 * data and edition make the same bytes.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void write(PackageEdition edition, OutputStream out) {
		try {
			ZipOutputStream zip = new ZipOutputStream(new Unclosed(out), StandardCharsets.UTF_8);
			byte[] descriptor = JSON.writeValueAsBytes(descriptor(edition));
			entry(zip, DESCRIPTOR, edition);
			zip.write(descriptor);
			zip.closeEntry();
			for (PackageTable table : DataPackageTables.TABLES) {
				entry(zip, table.path(), edition);
				table(table, new OutputStreamWriter(new Unclosed(zip), StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			entry(zip, CODEBOOK, edition);
			zip.write(this.codebooks.markdown(Codebook.of(JSON.readTree(descriptor))).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			zip.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An entry dated when the package was made, not when its bytes happen to be written.
	 */
	private static void entry(ZipOutputStream zip, String name, PackageEdition edition) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTime(edition.created().toEpochMilli());
		zip.putNextEntry(entry);
	}

	private void table(PackageTable table, Writer out) throws IOException {
		CsvWriter csv = new CsvWriter(out);
		List<String> columns = table.fieldNames();
		csv.record(columns);
		this.jdbc.sql(table.query()).query((ResultSetExtractor<Long>) (result) -> {
			checkColumns(table, result.getMetaData());
			try {
				return TextRows.forEachRow(result, (row) -> {
					for (String field : row) {
						csv.field(field);
					}
					csv.endRecord();
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		csv.flush();
	}

	/** The query must select the table's fields, in their order and under their names. */
	private static void checkColumns(PackageTable table, ResultSetMetaData metaData) throws java.sql.SQLException {
		List<String> selected = new ArrayList<>();
		for (int column = 1; column <= metaData.getColumnCount(); column++) {
			selected.add(metaData.getColumnLabel(column));
		}
		if (!selected.equals(table.fieldNames())) {
			throw new IllegalStateException(
					"The query of " + table.name() + " selects " + selected + ", not its fields " + table.fieldNames());
		}
	}

	/**
	 * Passes writes on and leaves the stream open when closed: the zip entry, or the
	 * response, outlives each writer.
	 */
	private static final class Unclosed extends FilterOutputStream {

		Unclosed(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			this.out.flush();
		}

	}

}
