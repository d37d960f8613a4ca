package org.talkstracker.opendata;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Rows read from a cursor as they are handled, each as its fields' text. */
@SpringBootTest
class TextRowsTests {

	@Autowired
	DataSource dataSource;

	Connection connection;

	Statement statement;

	@BeforeEach
	void openCursorTransaction() throws SQLException {
		this.connection = this.dataSource.getConnection();
		this.connection.setAutoCommit(false);
		this.statement = this.connection.createStatement();
		this.statement.setFetchSize(100);
	}

	@AfterEach
	void close() throws SQLException {
		this.connection.rollback();
		this.connection.close();
	}

	@Test
	void handsOverEveryRowInOrderWithItsFieldsAsText() throws Exception {
		List<String> rows = new ArrayList<>();
		ResultSet result = this.statement.executeQuery("""
				select g, 'row ' || g, g % 2 = 0, timestamptz '2025-06-02 10:00:00+00' + g * interval '1 second', null
				from generate_series(1, 1234) g order by g""");

		long count = TextRows.forEachRow(result, (fields) -> rows
			.add(String.join("|", List.of(fields[0], fields[1], fields[2], fields[3], String.valueOf(fields[4])))));

		assertThat(count).isEqualTo(1234);
		assertThat(rows).hasSize(1234)
			.startsWith("1|row 1|false|2025-06-02T10:00:01Z|null", "2|row 2|true|2025-06-02T10:00:02Z|null")
			.endsWith("1234|row 1234|true|2025-06-02T10:20:34Z|null");
	}

	@Test
	void aDatabaseErrorPartWayIsRaisedAfterTheRowsBeforeIt() throws Exception {
		List<String> rows = new ArrayList<>();
		ResultSet result = this.statement.executeQuery("select 1 / (1200 - g) from generate_series(1, 2000) g");

		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> TextRows.forEachRow(result, (fields) -> rows.add(fields[0])))
			.withMessageContaining("division by zero");
		assertThat(rows).hasSizeLessThan(1200).isNotEmpty();
	}

	@Test
	void aHandlerThatFailsStopsTheReadingAndLeavesTheConnectionUsable() throws Exception {
		List<String> rows = new ArrayList<>();
		ResultSet result = this.statement.executeQuery("select g from generate_series(1, 1000000) g");

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> TextRows.forEachRow(result, (fields) -> {
			rows.add(fields[0]);
			if (rows.size() == 700) {
				throw new IOException("Connection reset by peer");
			}
		})).withMessage("Connection reset by peer");

		assertThat(rows).hasSize(700).endsWith("700");
		result.close();
		try (ResultSet next = this.statement.executeQuery("select 'still usable'")) {
			assertThat(next.next()).isTrue();
			assertThat(next.getString(1)).isEqualTo("still usable");
		}
	}

}
