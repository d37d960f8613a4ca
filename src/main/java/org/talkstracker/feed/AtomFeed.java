package org.talkstracker.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.talkstracker.summary.ExportText;

/**
 * The releases of published rounds as an Atom feed (RFC 4287): one entry per release,
 * with its note (the round's summary for a first release) and its editor, linking to the
 * release's page and its four downloads, and to the round's page.
 */
class AtomFeed {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

	private static final Map<String, String> DOWNLOADS = Map.of("md", "text/markdown", "pdf", "application/pdf", "json",
			"application/json", "csv", "text/csv");

	private final ExportText text;

	AtomFeed(ExportText text) {
		this.text = text;
	}

	/**
	 * The feed of the given releases, newest first; {@code base} is the site's address
	 * without a trailing slash.
	 */
	String render(List<FeedRelease> releases, String base) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(NAMESPACE);
			// The feed's language; a name it gives in no form of that language is in the
			// original's (Name.shown), which the feed cannot mark inside a title.
			xml.writeAttribute("xml", XML_NAMESPACE, "lang", this.text.locale().getLanguage());
			element(xml, "id", base + "/feed.atom");
			element(xml, "title", this.text.get("exports.feed.title"));
			element(xml, "subtitle", this.text.get("exports.feed.subtitle"));
			Instant updated = releases.isEmpty() ? Instant.EPOCH : releases.get(0).releasedAt();
			element(xml, "updated", timestamp(updated));
			link(xml, "self", "application/atom+xml", base + "/feed.atom");
			link(xml, "alternate", "text/html", base + "/rounds");
			xml.writeStartElement("author");
			element(xml, "name", this.text.get("site.name"));
			element(xml, "uri", base + "/");
			xml.writeEndElement();
			for (FeedRelease release : releases) {
				FeedRound round = release.round();
				String place = round.place(this.text.locale());
				String page = base + "/rounds/" + round.slug();
				String released = page + "/releases/" + release.number();
				xml.writeStartElement("entry");
				element(xml, "id", released);
				element(xml, "title",
						this.text.get("exports.feed.release",
								this.text.get("exports.feed.entry", round.number(), round.process(this.text.locale()),
										(place != null) ? place : this.text.date(round.heldOn())),
								release.number(), this.text.get("release.kind." + release.kind())));
				element(xml, "updated", timestamp(release.releasedAt()));
				xml.writeStartElement("author");
				element(xml, "name", release.editor());
				xml.writeEndElement();
				link(xml, "alternate", "text/html", released);
				link(xml, "related", "text/html", page);
				for (String format : List.of("md", "pdf", "json", "csv")) {
					link(xml, "alternate", DOWNLOADS.get(format), released + "/summary." + format);
				}
				element(xml, "summary",
						(release.note() != null) ? release.note() : this.text.date(round.heldOn()) + " · "
								+ this.text.label("round.status", round.status())
								+ ((round.summary() != null) ? " · " + this.text.readWithOrigin(round.summary()) : ""));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the Atom feed", ex);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

}
