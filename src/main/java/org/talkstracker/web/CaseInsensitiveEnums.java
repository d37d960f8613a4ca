package org.talkstracker.web;

import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * A choice in an address or form by its name in any case ({@code held}, {@code HELD}); an
 * empty value is no choice. An unknown name fails as Spring's own conversion does, so the
 * 400 page names it.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
class CaseInsensitiveEnums implements ConverterFactory<String, Enum> {

	@Override
	public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
		return (source) -> {
			String name = source.trim();
			return name.isEmpty() ? null : (T) Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
		};
	}

}
