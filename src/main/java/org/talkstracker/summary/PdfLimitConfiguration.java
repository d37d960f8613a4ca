package org.talkstracker.summary;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.talkstracker.web.ConcurrencyLimit;

/**
 * PDF renderings take turns: each takes about a second of CPU and tens of MB of heap, so
 * sixteen different summaries at once ran a 256 MB heap out of memory; a few at a time
 * keep both cores busy and the heap safe, and the rest wait in line.
 */
@Configuration(proxyBeanMethods = false)
class PdfLimitConfiguration {

	@Bean
	ConcurrencyLimit pdfRenderings(@Value("${talks.pdf.at-once}") int atOnce,
			@Value("${talks.pdf.max-waiting}") int maxWaiting, @Value("${talks.pdf.max-wait}") Duration maxWait) {
		return new ConcurrencyLimit("PDF renderings", atOnce, maxWaiting, maxWait);
	}

}
