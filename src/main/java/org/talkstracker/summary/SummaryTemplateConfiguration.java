package org.talkstracker.summary;

import java.util.Set;

import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets the application's template engine, which reads the HTML templates, read the
 * Markdown template of a round's summary too: Spring Boot adds every template resolver
 * bean to it.
 */
@Configuration(proxyBeanMethods = false)
class SummaryTemplateConfiguration {

	@Bean
	ITemplateResolver markdownTemplateResolver(@Value("${spring.thymeleaf.cache:true}") boolean cacheable) {
		return markdownTemplates(cacheable);
	}

	/**
	 * Templates in Thymeleaf's TEXT mode beside the HTML ones, named with their ending
	 * ({@code round/summary.md}); the HTML templates' resolver never sees these names.
	 */
	static ITemplateResolver markdownTemplates(boolean cacheable) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setResolvablePatterns(Set.of("*.md"));
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(cacheable);
		resolver.setOrder(0);
		return resolver;
	}

}
