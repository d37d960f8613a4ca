package org.talkstracker.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The number that database triggers raise with every committed change of what readers see
 * ({@code V12__data_version.sql}). Reading it costs one primary-key lookup, and it sees changes
 * made by any instance, import or script.
 */
@Component
public class DataVersion {

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long current() {
		return this.jdbc.sql("select version from data_version").query(Long.class).single();
	}

	/**
	 * The version with the transaction that wrote it, for what outlives the process (files on
	 * disk): a database restored from a backup or built again from its migrations counts its
	 * versions afresh, but never with the same transaction ids.
	 */
	public String tag() {
		return this.jdbc.sql("select version || '-' || xmin from data_version").query(String.class).single();
	}

}
