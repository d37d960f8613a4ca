package org.talkstracker.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start, in one line, which database the application uses and where. */
@Component
class DatabaseReport {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseReport.class);

	private final DataSource dataSource;

	private final ObjectProvider<EmbeddedPostgresServer> embedded;

	DatabaseReport(DataSource dataSource, ObjectProvider<EmbeddedPostgresServer> embedded) {
		this.dataSource = dataSource;
		this.embedded = embedded;
	}

	@EventListener(ApplicationStartedEvent.class)
	void report() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			EmbeddedPostgresServer server = this.embedded.getIfAvailable();
			String kind = (server != null) ? "embedded PostgreSQL (data in " + server.directory() + ")" : "PostgreSQL";
			logger.info("Database: {} {} at {} as {}", kind, metaData.getDatabaseProductVersion(), metaData.getURL(),
					metaData.getUserName());
		}
	}

}
