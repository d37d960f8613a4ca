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
 * Published rounds as an Atom feed (RFC 4287): one entry per round, updated when the
 * round last changed, linking to its page and to its four downloads.
 */
class AtomFeed {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	private static final Map<String, String> DOWNLOADS = Map.of("md", "text/markdown", "pdf", "application/pdf", "json",
			"application/json", "csv", "text/csv");

	private final ExportText text;

	AtomFeed(ExportText text) {
		this.text = text;
	}

	/**
	 * The feed of the given rounds, newest change first; {@code base} is the site's
	 * address without a trailing slash.
	 */
	String render(List<FeedRound> rounds, String base) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(NAMESPACE);
			element(xml, "id", base + "/feed.atom");
			element(xml, "title", this.text.get("exports.feed.title"));
			element(xml, "subtitle", this.text.get("exports.feed.subtitle"));
			Instant updated = rounds.isEmpty() ? Instant.EPOCH : rounds.get(0).updatedAt();
			element(xml, "updated", timestamp(updated));
			link(xml, "self", "application/atom+xml", base + "/feed.atom");
			link(xml, "alternate", "text/html", base + "/rounds");
			xml.writeStartElement("author");
			element(xml, "name", this.text.get("site.name"));
			element(xml, "uri", base + "/");
			xml.writeEndElement();
			for (FeedRound round : rounds) {
				String page = base + "/rounds/" + round.slug();
				xml.writeStartElement("entry");
				element(xml, "id", page);
				element(xml, "title", this.text.get("exports.feed.entry", round.number(), round.processName(),
						(round.place() != null) ? round.place() : this.text.date(round.heldOn())));
				element(xml, "updated", timestamp(round.updatedAt()));
				link(xml, "alternate", "text/html", page);
				for (String format : List.of("md", "pdf", "json", "csv")) {
					link(xml, "alternate", DOWNLOADS.get(format), page + "/summary." + format);
				}
				element(xml, "summary",
						this.text.date(round.heldOn()) + " · " + this.text.label("round.status", round.status())
								+ ((round.summary() != null) ? " · " + round.summary() : ""));
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
