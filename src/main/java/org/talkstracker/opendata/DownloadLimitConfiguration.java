package org.talkstracker.opendata;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.talkstracker.web.ConcurrencyLimit;

/**
 * Whole data set downloads take turns: each holds a database connection while it streams
 * (seconds at full scale), so only a few run at once and the pool keeps connections for
 * the pages; the rest wait in line rather than fail after the pool's 3 s connection
 * timeout.
 */
@Configuration(proxyBeanMethods = false)
class DownloadLimitConfiguration {

	@Bean
	ConcurrencyLimit downloads(@Value("${talks.downloads.at-once}") int atOnce,
			@Value("${talks.downloads.max-waiting}") int maxWaiting,
			@Value("${talks.downloads.max-wait}") Duration maxWait) {
		return new ConcurrencyLimit("Data set downloads", atOnce, maxWaiting, maxWait);
	}

}
