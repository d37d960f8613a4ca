package org.talkstracker.web;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** Today's date for "next round" and the like; tests may replace it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * An ETag on every page, so a browser or proxy asking again for an unchanged page gets a
	 * 304 without the body.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/*");
		return registration;
	}

}
