package org.talkstracker.datafile;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.talkstracker.web.ConcurrencyLimit;

/**
 * Editors' imports take turns, one at a time on each instance: an import holds its file's
 * tree, its records and a transaction's worth of entities, so two at once doubled the
 * heap they need. An editor whose import finds another running is told so at once and
 * asked to try again, rather than kept waiting on a request for as long as the other
 * takes.
 */
@Configuration(proxyBeanMethods = false)
class ImportLimitConfiguration {

	/** What the refusal's Retry-After says: most imports take a few seconds. */
	private static final Duration TRY_AGAIN_AFTER = Duration.ofSeconds(10);

	@Bean
	ConcurrencyLimit imports() {
		return new ConcurrencyLimit("Data file imports", 1, 0, TRY_AGAIN_AFTER);
	}

}
