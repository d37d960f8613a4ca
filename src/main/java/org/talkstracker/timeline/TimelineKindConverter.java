package org.talkstracker.timeline;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads {@code ?kind=round} as {@link TimelineKind#ROUND}; an unknown kind fails
 * conversion, which the error pages turn into a 400.
 */
@Component
class TimelineKindConverter implements Converter<String, TimelineKind> {

	@Override
	public TimelineKind convert(String source) {
		return TimelineKind.fromParameter(source);
	}

}
