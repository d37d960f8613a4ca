package org.talkstracker.database;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In the {@code dev} profile that {@code ./mvnw spring-boot:run} activates, and only when
 * no datasource is configured, runs the application on an embedded PostgreSQL so that a
 * JDK is all it needs. Anywhere else a missing datasource is an error, not a silent
 * throwaway database.
 */
@Configuration(proxyBeanMethods = false)
@Profile("dev")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(@Value("${talks.embedded-database.directory}") Path directory) {
		return EmbeddedPostgresServer.start(directory);
	}

	/**
	 * The pool is configured as the one Spring Boot makes would be (no JIT, custom plans,
	 * timeouts).
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(server.jdbcUrl())
			.username(server.username())
			.build();
	}

}
