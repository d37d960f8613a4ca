package org.talkstracker.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The page a reader is on in each language the site speaks, for the layout's language
 * switcher and its {@code hreflang} alternates: the same address under each language's
 * prefix.
 *
 * @param current the language the page is shown in
 * @param page the page's address within the application, without a language prefix, with
 * its query
 */
public record PageLanguages(Language current, String page, HttpServletRequest request) {

	/** The request attribute that the layout reads. */
	static final String ATTRIBUTE = "pageLanguages";

	/** The page in each language, the current one included. */
	public List<Language> all() {
		return Arrays.asList(Language.values());
	}

	/**
	 * Whether the page is shown in every language: editors' pages, the API and the like
	 * have one address.
	 */
	public boolean translated() {
		return LanguageAddresses.ONE_ADDRESS.stream().noneMatch(this.page::startsWith);
	}

	/** The page's address for readers whose language the site does not speak. */
	public String defaultAddress() {
		return address(Language.EN);
	}

	/** The page's full address in a language, as search engines are given it. */
	public String address(Language language) {
		return ServletUriComponentsBuilder.fromContextPath(this.request).toUriString() + language.prefix() + this.page;
	}

	/**
	 * Where the switcher takes a reader who chooses a language: an address that remembers
	 * the choice, then sends them to this page in it.
	 */
	public String switchTo(Language language) {
		return this.request.getContextPath() + LanguageChoice.PATH + language.code() + "?page="
				+ UriUtils.encodeQueryParam(this.page, StandardCharsets.UTF_8);
	}

}
