package org.talkstracker.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being unreachable from any other failure: by its
 * causes when they say so, else by asking the database (a broken connection can surface
 * as a failed rollback that names no cause).
 */
@Component
class DatabaseUnavailable {

	/** SQLSTATE class 08: connection exception. */
	private static final String CONNECTION_EXCEPTION = "08";

	private static final int VALIDATION_SECONDS = 2;

	private final DataSource dataSource;

	DatabaseUnavailable(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	boolean explains(Throwable failure) {
		return saysSo(failure) || !reachable();
	}

	private static boolean saysSo(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException || (cause instanceof SQLException sql
							&& sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION))) {
				return true;
			}
		}
		return false;
	}

	private boolean reachable() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.isValid(VALIDATION_SECONDS);
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
