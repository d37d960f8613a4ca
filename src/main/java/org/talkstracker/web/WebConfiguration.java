package org.talkstracker.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;
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
	 * The stylesheet and the icon at addresses holding a hash of their content
	 * ({@code /css/site-<md5>.css}), which pages link to ({@link StaticFileAddresses}): a
	 * browser keeps them a year without asking again, and a changed file gets a new
	 * address.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : PageCache.STATIC_FOLDERS) {
			registry.addResourceHandler(folder + "**")
				.addResourceLocations("classpath:/static" + folder)
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

}
