package org.talkstracker.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The number that database triggers raise with every committed change of what readers see
 * ({@code V12__data_version.sql}). Reading it costs one primary-key lookup, and it sees changes
 * made by any instance, import or script.
 */
@Component
class DataVersion {

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long current() {
		return this.jdbc.sql("select version from data_version").query(Long.class).single();
	}

}
