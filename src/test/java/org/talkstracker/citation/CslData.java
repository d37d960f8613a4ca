package org.talkstracker.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The official CSL-JSON schema (src/test/resources/citation), to judge our CSL-JSON. */
public final class CslData {

	public static final Schema SCHEMA = load();

	private CslData() {
	}

	private static Schema load() {
		try (InputStream schema = CslData.class.getResourceAsStream("/citation/csl-data.json")) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema, InputFormat.JSON);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
