package org.talkstracker.database;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.repository.Repository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a context whose repositories Spring Data did not scan for (the ahead-of-time processed launch),
 * beans taking a repository are made without it, and the repositories are made before the context
 * is ready.
 */
class DeferredRepositoriesTests {

	private final Journal journal = new Journal();

	@Test
	void beansTakingARepositoryAreMadeFirstAndTheRepositoriesBeforeTheContextIsReady() {
		try (GenericApplicationContext context = contextWith(new ContextAnnotationAutowireCandidateResolver())) {
			context.refresh();

			assertThat(this.journal.made).containsExactly("reader", "names repository");
			assertThat(context.getBean(Reader.class).firstName()).isEqualTo("Medinsky");
		}
	}

	@Test
	void leavesTheRepositoriesToSpringDataWhenItScannedForThem() {
		ContextAnnotationAutowireCandidateResolver springData = new ContextAnnotationAutowireCandidateResolver() {
		};
		try (GenericApplicationContext context = contextWith(springData)) {
			context.refresh();

			assertThat(context.getDefaultListableBeanFactory().getAutowireCandidateResolver()).isSameAs(springData);
			assertThat(this.journal.made).containsExactly("names repository", "reader");
		}
	}

	/**
	 * A context as the ahead-of-time processed launch sets one up (the annotation-aware resolver of
	 * injection points), or as Spring Data leaves it after scanning (a resolver of its own).
	 */
	private GenericApplicationContext contextWith(ContextAnnotationAutowireCandidateResolver resolver) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getDefaultListableBeanFactory().setAutowireCandidateResolver(resolver);
		DeferredRepositories deferredRepositories = new DeferredRepositories();
		context.addBeanFactoryPostProcessor(deferredRepositories);
		context.addApplicationListener(deferredRepositories);
		context.registerBean(Journal.class, () -> this.journal);
		context.registerBean(Names.class, () -> {
			this.journal.made.add("names repository");
			return () -> "Medinsky";
		}, (definition) -> definition.setLazyInit(true));
		context.registerBean(Reader.class);
		return context;
	}

	interface Names extends Repository<Object, Long> {

		String first();

	}

	/** What was made, in order. */
	static class Journal {

		final List<String> made = new CopyOnWriteArrayList<>();

	}

	static class Reader {

		private final Names names;

		public Reader(Names names, Journal journal) {
			this.names = names;
			journal.made.add("reader");
		}

		String firstName() {
			return this.names.first();
		}

	}

}
