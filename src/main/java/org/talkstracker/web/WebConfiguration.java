package org.talkstracker.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** Today's date for "next round" and the like; tests may replace it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
