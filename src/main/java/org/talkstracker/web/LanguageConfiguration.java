package org.talkstracker.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The interface in English, Ukrainian and Russian: each message bundle has a {@code _uk}
 * and a {@code _ru} twin, and the language a page is shown in is the one its address
 * names ({@link LanguageAddresses}), never the browser's.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

	/** The bundles {@code spring.messages.basename} lists, formatted by ICU. */
	@Bean
	static MessageSource messageSource(@Value("${spring.messages.basename}") String basenames) {
		return IcuMessageSource
			.of(StringUtils.commaDelimitedListToStringArray(StringUtils.trimAllWhitespace(basenames)));
	}

	@Bean
	static LocaleResolver localeResolver() {
		return new LocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return Language.of(request).locale();
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				throw new UnsupportedOperationException("A page's language is chosen by its address");
			}
		};
	}

}
