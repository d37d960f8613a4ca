package org.talkstracker;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares while some work runs (tests enable its statistics). */
public final class SqlStatements {

	private final Statistics statistics;

	public SqlStatements(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	public long countWhile(Work work) throws Exception {
		this.statistics.clear();
		work.run();
		return this.statistics.getPrepareStatementCount();
	}

	@FunctionalInterface
	public interface Work {

		void run() throws Exception;

	}

}
