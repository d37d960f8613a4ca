package org.talkstracker.release;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Gives every published round, and every memorandum readers see, that has no release yet
 * its first one, once the application is ready, in the background and a batch at a time:
 * rounds published before releases existed (memoranda before they had releases), or
 * written straight into the database by a script such as {@code scripts/generate-data}.
 * The reference data set needs none: its import releases it. Where two instances start
 * together, what the other released first is left to it.
 */
@Component
class FirstReleases {

	private static final Logger logger = LoggerFactory.getLogger(FirstReleases.class);

	private static final int BATCH = 100;

	private final RoundReleaseRepository releases;

	private final RoundReleases releasing;

	private final MemorandumReleases memoranda;

	private final TaskExecutor executor;

	FirstReleases(RoundReleaseRepository releases, RoundReleases releasing, MemorandumReleases memoranda,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.releases = releases;
		this.releasing = releasing;
		this.memoranda = memoranda;
		this.executor = executor;
	}

	@EventListener(ApplicationReadyEvent.class)
	void releaseUnreleasedRounds() {
		this.executor.execute(this::releaseAll);
	}

	void releaseAll() {
		int rounds = releaseAll(() -> this.releases.findUnreleasedRounds(BATCH), this.releasing::releaseFirst,
				"rounds");
		if (rounds > 0) {
			logger.info("Made the first release of {} published round(s)", rounds);
		}
		int memoranda = releaseAll(() -> this.memoranda.unreleased(BATCH), this.memoranda::releaseFirst, "memoranda");
		if (memoranda > 0) {
			logger.info("Made the first release of {} memoranda readers see", memoranda);
		}
	}

	/** Releases what has no release yet, a batch at a time, until none is left. */
	private static int releaseAll(Supplier<List<Long>> unreleased, ToIntFunction<List<Long>> releaseFirst,
			String what) {
		int released = 0;
		List<Long> batch = unreleased.get();
		while (!batch.isEmpty()) {
			try {
				released += releaseFirst.applyAsInt(batch);
			}
			catch (DataIntegrityViolationException ex) {
				logger.info("Another instance released some of these {} first: {}", what, batch);
			}
			List<Long> next = unreleased.get();
			if (next.equals(batch)) {
				logger.warn("Could not release the {} {}", what, batch);
				return released;
			}
			batch = next;
		}
		return released;
	}

}
