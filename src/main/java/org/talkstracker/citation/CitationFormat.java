package org.talkstracker.citation;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The formats a release can be cited in, each with the extension of its address
 * ({@code cite.bib}) and its media type. Every format is a whole document in one string,
 * in UTF-8.
 */
public enum CitationFormat {

	/** A sentence to paste (see {@link PlainTextCitation}). */
	TEXT("txt", CitationFormat.TEXT_MEDIA_TYPE, PlainTextCitation::render),

	/** One BibTeX {@code @misc} entry (see {@link BibTexCitation}). */
	BIBTEX("bib", CitationFormat.BIBTEX_MEDIA_TYPE, BibTexCitation::render),

	/** One RIS record, CRLF line ends (see {@link RisCitation}). */
	RIS("ris", CitationFormat.RIS_MEDIA_TYPE, RisCitation::render),

	/** CSL-JSON: an array of one {@code dataset} item (see {@link CslJsonCitation}). */
	CSL_JSON("json", CitationFormat.CSL_JSON_MEDIA_TYPE, CslJsonCitation::render);

	public static final String TEXT_MEDIA_TYPE = "text/plain;charset=UTF-8";

	public static final String BIBTEX_MEDIA_TYPE = "application/x-bibtex;charset=UTF-8";

	public static final String RIS_MEDIA_TYPE = "application/x-research-info-systems;charset=UTF-8";

	/** JSON is UTF-8 by definition (RFC 8259), so it takes no charset. */
	public static final String CSL_JSON_MEDIA_TYPE = "application/vnd.citationstyles.csl+json";

	private final String extension;

	private final String mediaType;

	private final Function<CitedRelease, String> renderer;

	CitationFormat(String extension, String mediaType, Function<CitedRelease, String> renderer) {
		this.extension = extension;
		this.mediaType = mediaType;
		this.renderer = renderer;
	}

	/**
	 * The format an address's extension asks for ({@code "bib"}), if it is one of them.
	 */
	public static Optional<CitationFormat> forExtension(String extension) {
		return Arrays.stream(values()).filter((format) -> format.extension.equals(extension)).findFirst();
	}

	public String extension() {
		return this.extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String render(CitedRelease release) {
		return this.renderer.apply(release);
	}

}
