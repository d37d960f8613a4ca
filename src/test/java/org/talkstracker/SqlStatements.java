package org.talkstracker;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Counts the SQL statements run on this thread while some work runs, whether they come
 * from Hibernate or plain JDBC. Every test application's data source is wrapped to count
 * them (registered in {@code META-INF/spring.factories}).
 */
public final class SqlStatements implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public long countWhile(Work work) throws Exception {
		QueryCountHolder.clear();
		work.run();
		return QueryCountHolder.getGrandTotal().getTotal();
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource)
						? ProxyDataSourceBuilder.create(dataSource).name(name).countQuery().build() : bean;
			}
		});
	}

	@FunctionalInterface
	public interface Work {

		void run() throws Exception;

	}

}
