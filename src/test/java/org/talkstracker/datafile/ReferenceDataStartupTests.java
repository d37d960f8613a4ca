package org.talkstracker.datafile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.talkstracker.StartsItsOwnApplication;
import org.talkstracker.TalksTrackerApplication;
import org.talkstracker.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@StartsItsOwnApplication
class ReferenceDataStartupTests {

	@Test
	void anInvalidReferenceFileStopsStartUpWithItsProblemsAndWritesNothing() throws Exception {
		TestDatabase.Target database = TestDatabase.createEmptyDatabase();

		assertThatExceptionOfType(InvalidDataFileException.class)
			.isThrownBy(() -> new SpringApplicationBuilder(TalksTrackerApplication.class).run(
					"--" + TestDatabase.OWN_DATABASE + "=true", "--spring.datasource.url=" + database.url(),
					"--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(), "--server.port=0",
					"--talks.reference-data.location=classpath:datafile/invalid-reference.json"))
			.withMessageContaining("nothing was written")
			.withMessageContaining("$.processes[0].parties[1]: unknown party 'atlantis'")
			.withMessageContaining("$.processes[0].rounds[0].sources[0]: unknown source 'nowhere'");

		try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
				database.password());
				ResultSet rows = connection.createStatement().executeQuery("select count(*) from process")) {
			rows.next();
			assertThat(rows.getInt(1)).isZero();
		}
	}

}
