package org.talkstracker.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The licence of the compiled data, stated once ({@code talks.licence.*}) and shown
 * wherever the data goes: the footer of every page, {@code /data}, the data package, the
 * OpenAPI description and the exports. Its {@code identifier} is the SPDX one.
 */
@Component("dataLicence")
public class DataLicence {

	private final String identifier;

	private final String title;

	private final String url;

	public DataLicence(@Value("${talks.licence.identifier}") String identifier,
			@Value("${talks.licence.title}") String title, @Value("${talks.licence.url}") String url) {
		this.identifier = identifier;
		this.title = title;
		this.url = url;
	}

	/** The SPDX identifier, {@code CC-BY-4.0}. */
	public String getIdentifier() {
		return this.identifier;
	}

	public String getTitle() {
		return this.title;
	}

	public String getUrl() {
		return this.url;
	}

}
