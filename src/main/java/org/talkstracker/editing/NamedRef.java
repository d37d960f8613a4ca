package org.talkstracker.editing;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A person, a party or a process as a record read for a page names it: by its slug and
 * its name in each language.
 */
public record NamedRef(String slug, Name name) {

	/**
	 * The record a query gives in the columns {@code column_slug} and {@code column}
	 * (with its names in other languages, {@link Name#read}); none when the slug is null.
	 */
	public static NamedRef read(ResultSet row, String column) throws SQLException {
		String slug = row.getString(column + "_slug");
		return (slug != null) ? new NamedRef(slug, Name.read(row, column)) : null;
	}

}
