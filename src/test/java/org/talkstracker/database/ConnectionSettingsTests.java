package org.talkstracker.database;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection of the pool plans each statement for its own values and compiles none
 * just in time: the exports, whose long queries read many short rows, rely on it and set
 * nothing.
 */
@SpringBootTest
class ConnectionSettingsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void noStatementIsCompiledJustInTimeNorPlannedGenerically() {
		assertThat(this.jdbc.sql("select current_setting('jit') || ' ' || current_setting('plan_cache_mode')")
			.query(String.class)
			.single()).isEqualTo("off force_custom_plan");
	}

}
