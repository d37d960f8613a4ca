package org.talkstracker.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * The deferred start of the repositories ({@code spring.data.jpa.repositories.bootstrap-mode=deferred})
 * in the ahead-of-time processed launch too. Hibernate builds its session factory on a thread of its
 * own; every bean that takes a repository gets a proxy that finds it on first use, so making those
 * beans never waits for Hibernate, and the repositories are made once all beans are there, before
 * the application reports itself started. Spring Data sets this up while it scans for repositories,
 * which the ahead-of-time processed launch skips (its bean definitions are generated at build time),
 * so there the first bean taking a repository waited a second for Hibernate on the main thread.
 */
@Component
final class DeferredRepositories extends ContextAnnotationAutowireCandidateResolver
		implements BeanFactoryPostProcessor, ApplicationListener<ContextRefreshedEvent> {

	private static final Logger logger = LoggerFactory.getLogger(DeferredRepositories.class);

	/** The factory whose repositories this defers; none where Spring Data defers them itself. */
	private ConfigurableListableBeanFactory beanFactory;

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory instanceof DefaultListableBeanFactory factory
				&& factory.getAutowireCandidateResolver().getClass() == ContextAnnotationAutowireCandidateResolver.class) {
			this.beanFactory = beanFactory;
			factory.setAutowireCandidateResolver(this);
		}
	}

	@Override
	protected boolean isLazy(DependencyDescriptor descriptor) {
		return Repository.class.isAssignableFrom(descriptor.getDependencyType()) || super.isLazy(descriptor);
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		if (event.getApplicationContext().getAutowireCapableBeanFactory() == this.beanFactory) {
			int made = this.beanFactory.getBeansOfType(Repository.class).size();
			logger.info("Made the {} repositories, deferred until the other beans were made", made);
		}
	}

}
