package org.talkstracker.datafile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Reads a data file and checks it against the project's JSON Schema, reporting its
 * violations with their JSON paths before anything looks at the content. The file is read
 * within limits (talks.import.*: nesting depth, JSON tokens, string length) that the
 * parser checks as it streams, so that no file, however long or deep, builds a tree that
 * runs the heap out; and of the schema's errors only the first
 * {@value InvalidDataFileException#LISTED} are kept.
 */
@Component
public class DataFileReader {

	static final String SCHEMA = "datafile/talks-tracker-data.schema.json";

	private final JsonMapper mapper;

	private final String limits;

	private final Schema schema = loadSchema();

	private final SchemaErrors firstErrors = new SchemaErrors(InvalidDataFileException.LISTED);

	DataFileReader(@Value("${talks.import.max-depth}") int maxDepth,
			@Value("${talks.import.max-tokens}") long maxTokens,
			@Value("${talks.import.max-string-length}") int maxStringLength) {
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxNestingDepth(maxDepth)
			.maxTokenCount(maxTokens)
			.maxStringLength(maxStringLength)
			.build();
		// Optional flags such as "published" are absent rather than false; the schema has
		// checked all required values.
		this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
			.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
		this.limits = String.format(Locale.ENGLISH,
				"at most %,d levels of nesting, %,d JSON tokens and %,d characters in one string", maxDepth, maxTokens,
				maxStringLength);
	}

	public DataFile read(String name, InputStream input) {
		JsonNode tree = parse(name, input);
		SchemaErrors.Found errors = this.schema.validate(tree, this.firstErrors,
				(context) -> context.executionConfig((config) -> config.formatAssertionsEnabled(true)));
		if (!errors.first().isEmpty()) {
			throw new InvalidDataFileException(name,
					errors.first().stream().map(DataFileReader::toProblem).distinct().toList(), errors.more());
		}
		return this.mapper.treeToValue(tree, DataFile.class);
	}

	/**
	 * A data file this application wrote itself (the one a release keeps), read without
	 * the schema's checks: those are for files from elsewhere, and ask more than a page
	 * readers see may hold (a memorandum of no round need not cite a source yet).
	 */
	public DataFile readWritten(String json) {
		return this.mapper.readValue(json, DataFile.class);
	}

	private JsonNode parse(String name, InputStream input) {
		try (input) {
			return this.mapper.readTree(input);
		}
		catch (StreamConstraintsException ex) {
			// Jackson names the setting it checked ("from `StreamReadConstraints…`"); the
			// editor needs the numbers.
			String which = ex.getOriginalMessage().replaceFirst(", from `[^`]*`\\)", ")");
			throw new InvalidDataFileException(name, List.of(new DataFileProblem("$",
					"the file is beyond the import's limits (" + this.limits + ")" + where(ex) + ": " + which)));
		}
		catch (JacksonException ex) {
			throw new InvalidDataFileException(name, List.of(new DataFileProblem("$",
					"the file is not valid JSON" + where(ex) + ": " + ex.getOriginalMessage())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String where(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		return (location != null) ? " at line " + location.getLineNr() + ", column " + location.getColumnNr() : "";
	}

	private static DataFileProblem toProblem(Error error) {
		String path = error.getInstanceLocation().toString();
		String message = error.getMessage();
		// The library prefixes its message with the path; the problem carries the path
		// already.
		if (message.startsWith(path + ": ")) {
			message = message.substring(path.length() + 2);
		}
		return new DataFileProblem(path, message);
	}

	private static Schema loadSchema() {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				(builder) -> builder
					.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()));
		try (InputStream schema = new ClassPathResource(SCHEMA).getInputStream()) {
			return registry.getSchema(schema, InputFormat.JSON);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The data file schema is missing from the classpath", ex);
		}
	}

}
