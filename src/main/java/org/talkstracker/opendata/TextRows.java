package org.talkstracker.opendata;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;

/**
 * The rows of a result set, each as its fields' text, read from the cursor as they are
 * handled: the driver fetches the next rows when these run out, so memory stays flat.
 * Text as it is, times as UTC instants ({@code 2025-06-02T10:00:00Z}), booleans as
 * {@code true} or {@code false}.
 */
final class TextRows {

	private TextRows() {
	}

	/**
	 * Hands each row, as its fields' text, to the handler; returns how many there were.
	 */
	static long forEachRow(ResultSet rows, RowHandler handler) throws SQLException, IOException {
		ResultSetMetaData metaData = rows.getMetaData();
		int[] types = new int[metaData.getColumnCount()];
		for (int column = 1; column <= types.length; column++) {
			types[column - 1] = metaData.getColumnType(column);
		}
		long count = 0;
		while (rows.next()) {
			String[] fields = new String[types.length];
			for (int column = 1; column <= types.length; column++) {
				fields[column - 1] = text(rows, column, types[column - 1]);
			}
			handler.row(fields);
			count++;
		}
		return count;
	}

	private static String text(ResultSet row, int column, int type) throws SQLException {
		return switch (type) {
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
				Timestamp time = row.getTimestamp(column);
				yield (time != null) ? time.toInstant().toString() : null;
			}
			case Types.BOOLEAN, Types.BIT -> {
				boolean flag = row.getBoolean(column);
				yield row.wasNull() ? null : Boolean.toString(flag);
			}
			default -> row.getString(column);
		};
	}

	/** Takes one row's fields. */
	@FunctionalInterface
	interface RowHandler {

		void row(String[] fields) throws IOException;

	}

}
