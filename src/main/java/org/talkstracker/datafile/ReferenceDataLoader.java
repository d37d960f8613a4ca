package org.talkstracker.datafile;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.talkstracker.process.PeaceProcessRepository;

/**
 * Loads the bundled reference data set on first start, into an empty database, so a new
 * user sees real content at once. An invalid file stops start-up with its problems
 * listed. {@code talks.reference-data.enabled=false} is read when the application starts,
 * not when it is built, so that it also holds for the ahead-of-time processed
 * application.
 */
@Component
class ReferenceDataLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final DataFileImporter importer;

	private final PeaceProcessRepository processes;

	private final Resource location;

	private final boolean enabled;

	ReferenceDataLoader(DataFileImporter importer, PeaceProcessRepository processes,
			@Value("${talks.reference-data.location}") Resource location,
			@Value("${talks.reference-data.enabled:true}") boolean enabled) {
		this.importer = importer;
		this.processes = processes;
		this.location = location;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.enabled) {
			return;
		}
		if (this.processes.count() > 0) {
			logger.debug("The database holds data already; the reference data set is not loaded");
			return;
		}
		DataFileImporter.ImportResult result = this.importer.importFile(this.location.getDescription(),
				this.location.getInputStream());
		logger.info("Loaded the reference data set from {}: {} process(es), {} round(s), {} records", this.location,
				result.processes(), result.rounds(), result.created());
	}

}
