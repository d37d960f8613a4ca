package org.talkstracker.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The message bundles, with messages that take arguments formatted by ICU: a count in
 * {@code {0, plural, one{# тіло} few{# тіла} many{# тіл} other{# тіла}}} takes the form
 * each language's plural rules ask for (1 тіло, 3 тіла, 5 тіл, 21 тіло), and numbers are
 * written the language's way (6,057 in English, 6 057 in Ukrainian). The JDK's
 * {@code MessageFormat} knows only ranges of numbers ({@code choice}), which cannot say
 * Ukrainian's or Russian's plurals. Messages without arguments are the bundle's text as
 * it stands, as before.
 */
public final class IcuMessageSource extends ResourceBundleMessageSource {

	private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

	private IcuMessageSource() {
	}

	/**
	 * The bundles of these base names ({@code messages/messages}), read as UTF-8, with no
	 * fallback to the machine's language.
	 */
	public static IcuMessageSource of(String... basenames) {
		IcuMessageSource messages = new IcuMessageSource();
		messages.setBasenames(basenames);
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null || ObjectUtils.isEmpty(args)) {
			return super.getMessageInternal(code, args, locale);
		}
		Locale language = (locale != null) ? locale : Locale.ENGLISH;
		MessageFormat format = this.formats.computeIfAbsent(language, (key) -> new ConcurrentHashMap<>())
			.computeIfAbsent(code, (key) -> compiled(key, language));
		if (format == null) {
			return null;
		}
		Object[] arguments = resolveArguments(args, language);
		// One compiled format serves every page: formatting is not safe in parallel.
		synchronized (format) {
			return format.format(arguments);
		}
	}

	private MessageFormat compiled(String code, Locale locale) {
		String pattern = resolveCodeWithoutArguments(code, locale);
		return (pattern != null) ? new MessageFormat(pattern, ULocale.forLocale(locale)) : null;
	}

}
