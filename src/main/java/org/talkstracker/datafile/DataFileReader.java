package org.talkstracker.datafile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Reads a data file and checks it against the project's JSON Schema, reporting every violation
 * with its JSON path before anything looks at the content.
 */
@Component
public class DataFileReader {

	static final String SCHEMA = "datafile/talks-tracker-data.schema.json";

	// Optional flags such as "published" are absent rather than false; the schema has checked all required values.
	private final JsonMapper mapper = JsonMapper.builder()
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final Schema schema = loadSchema();

	public DataFile read(String name, InputStream input) {
		JsonNode tree = parse(name, input);
		List<DataFileProblem> problems = this.schema
			.validate(tree, (context) -> context.executionConfig((config) -> config.formatAssertionsEnabled(true)))
			.stream()
			.map(DataFileReader::toProblem)
			.distinct()
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidDataFileException(name, problems);
		}
		return this.mapper.treeToValue(tree, DataFile.class);
	}

	private JsonNode parse(String name, InputStream input) {
		try (input) {
			return this.mapper.readTree(input);
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null)
					? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
			throw new InvalidDataFileException(name,
					List.of(new DataFileProblem("$", "the file is not valid JSON" + where + ": " + ex.getOriginalMessage())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DataFileProblem toProblem(Error error) {
		String path = error.getInstanceLocation().toString();
		String message = error.getMessage();
		// The library prefixes its message with the path; the problem carries the path already.
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
