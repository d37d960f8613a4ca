package org.talkstracker.release;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Gives every published round that has no release yet its first one, once the application
 * is ready, in the background and a batch at a time: rounds published before releases
 * existed, or written straight into the database by a script such as
 * {@code scripts/generate-data}. The reference data set needs none: its import releases
 * it. Where two instances start together, a round the other released first is left to it.
 */
@Component
class FirstReleases {

	private static final Logger logger = LoggerFactory.getLogger(FirstReleases.class);

	private static final int BATCH = 100;

	private final RoundReleaseRepository releases;

	private final RoundReleases releasing;

	private final TaskExecutor executor;

	FirstReleases(RoundReleaseRepository releases, RoundReleases releasing,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.releases = releases;
		this.releasing = releasing;
		this.executor = executor;
	}

	@EventListener(ApplicationReadyEvent.class)
	void releaseUnreleasedRounds() {
		this.executor.execute(this::releaseAll);
	}

	void releaseAll() {
		int released = 0;
		List<Long> batch = this.releases.findUnreleasedRounds(BATCH);
		while (!batch.isEmpty()) {
			try {
				released += this.releasing.releaseFirst(batch);
			}
			catch (DataIntegrityViolationException ex) {
				logger.info("Another instance released some of these rounds first: {}", batch);
			}
			List<Long> next = this.releases.findUnreleasedRounds(BATCH);
			if (next.equals(batch)) {
				logger.warn("Could not release the rounds {}", batch);
				return;
			}
			batch = next;
		}
		if (released > 0) {
			logger.info("Made the first release of {} published round(s)", released);
		}
	}

}
