package org.talkstracker.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Choices in addresses in any case: {@code ?status=held} as well as
	 * {@code ?status=HELD}.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new CaseInsensitiveEnums());
	}

	/**
	 * Before any controller runs: parameters that are not text, and pages only shown
	 * instead of another.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new TextParameters());
		registry.addInterceptor(new ForwardOnlyPages());
	}

	/**
	 * Every template view is an HTML page, so it is sent as {@code text/html} whatever
	 * the address: without this Thymeleaf takes the type from the address's extension,
	 * and the 400 page for {@code /data/talks-tracker.json?venue=%00} went out as JSON.
	 */
	@Bean
	static BeanPostProcessor htmlViewsSentAsHtml() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setForceContentType(true);
				}
				return bean;
			}
		};
	}

	/** Today's date for "next round" and the like; tests may replace it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * An ETag on every page, so a browser or proxy asking again for an unchanged page
	 * gets a 304 without the body. Not on the data set downloads under {@code /data/}:
	 * the filter would need each whole file in memory, so they are streamed, and send
	 * their own validators.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter() {
					@Override
					protected boolean shouldNotFilter(HttpServletRequest request) {
						return request.getRequestURI().startsWith(request.getContextPath() + "/data/");
					}
				});
		registration.addUrlPatterns("/*");
		return registration;
	}

}
