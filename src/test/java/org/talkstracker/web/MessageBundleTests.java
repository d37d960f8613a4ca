package org.talkstracker.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All interface text lives in the message bundles: templates (HTML, and the Markdown ones
 * in Thymeleaf's TEXT mode) name keys that exist, carry no literal text of their own, and
 * bundles hold no key that nothing uses. Every reader bundle has a Ukrainian and a
 * Russian twin with every key, translated, and every message is a pattern ICU formats.
 */
class MessageBundleTests {

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([\\w.]+)[}(]");

	private static final Pattern DYNAMIC_PREFIX = Pattern
		.compile("#\\{\\|([\\w.]+)\\$\\{|#messages\\.msg\\('([\\w.]+\\.)'\\s*\\+");

	private static final Pattern MESSAGES_MSG = Pattern.compile("#messages\\.msg\\('([\\w.]*\\w)'[,)]");

	/** A text node directly after an opening tag that does not replace its body. */
	private static final Pattern LITERAL_TEXT = Pattern.compile("<(?![/!])([^>]*)>([^<]*\\p{L}[^<]*)<");

	/**
	 * What Thymeleaf's TEXT mode reads as its own: inlined expressions, element tags and
	 * comments.
	 */
	private static final Pattern TEXT_MODE_SYNTAX = Pattern
		.compile("(?s)\\[\\(.*?\\)]|\\[\\[.*?]]|\\[#/\\*.*?\\*/]|\\[#[^\\]]*]|\\[/]");

	/** Bundles of the editors' pages, which may stay English. */
	private static final Set<String> EDITORS_BUNDLES = Set.of("admin");

	private static final List<String> TRANSLATIONS = List.of("uk", "ru");

	/** Names and formats that are written the same in every language. */
	private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("site.name", "exports.markdown", "exports.pdf",
			"exports.csv", "exports.rounds.api", "data.release.sha256", "round.cite.format.bib",
			"round.cite.format.ris", "round.cite.format.json", "round.times.held.utc", "date.short");

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = bundleKeys();
		List<String> missing = new ArrayList<>();
		for (Resource template : templates()) {
			String html = read(template);
			keysIn(html, STATIC_KEY).stream()
				.filter((key) -> !keys.contains(key))
				.forEach((key) -> missing.add(template.getFilename() + ": " + key));
			keysIn(html, MESSAGES_MSG).stream()
				.filter((key) -> !keys.contains(key))
				.forEach((key) -> missing.add(template.getFilename() + ": " + key));
			keysIn(html, DYNAMIC_PREFIX).stream()
				.filter((prefix) -> keys.stream().noneMatch((key) -> key.startsWith(prefix)))
				.forEach((prefix) -> missing.add(template.getFilename() + ": " + prefix + "*"));
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyInTheBundlesIsUsed() throws IOException {
		StringBuilder everything = new StringBuilder();
		for (Resource template : templates()) {
			everything.append(read(template));
		}
		for (Resource source : this.resources.getResources("file:src/main/java/**/*.java")) {
			everything.append(read(source));
		}
		String all = everything.toString();
		Set<String> prefixes = new TreeSet<>();
		for (Resource template : templates()) {
			prefixes.addAll(keysIn(read(template), DYNAMIC_PREFIX));
		}
		List<String> unused = bundleKeys().stream()
			// Keys named after a constraint (NotBlank, Size.title) are Bean Validation
			// messages that
			// Spring looks up by its message codes, not by name.
			.filter((key) -> Character.isLowerCase(key.charAt(0)) && !key.startsWith("typeMismatch"))
			.filter((key) -> !all.contains(key) && prefixes.stream().noneMatch(key::startsWith)
					&& !namedAsPrefix(all, key))
			.toList();
		assertThat(unused).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Resource template : markupTemplates()) {
			Matcher matcher = LITERAL_TEXT.matcher(read(template).replaceAll("(?s)<!--.*?-->", ""));
			while (matcher.find()) {
				String tag = matcher.group(1);
				// A stylesheet's words are CSS, not text a reader sees.
				if (!tag.matches("(?s).*\\bth:(text|utext|replace|insert|remove|errors)=.*") && !tag.startsWith("html")
						&& !tag.startsWith("style")) {
					literal.add(template.getFilename() + ": " + matcher.group(2).strip());
				}
			}
		}
		assertThat(literal).isEmpty();
	}

	@Test
	void textTemplatesHoldNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Resource template : textTemplates()) {
			for (String line : TEXT_MODE_SYNTAX.matcher(read(template)).replaceAll("").split("\\R")) {
				if (line.matches(".*\\p{L}.*")) {
					literal.add(template.getFilename() + ": " + line.strip());
				}
			}
		}
		assertThat(textTemplates()).isNotEmpty();
		assertThat(literal).isEmpty();
	}

	@Test
	void everyReaderMessageIsTranslatedIntoUkrainianAndRussian() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Resource bundle : this.resources.getResources("classpath:messages/*.properties")) {
			String name = bundle.getFilename().replace(".properties", "");
			if (name.contains("_") || EDITORS_BUNDLES.contains(name)) {
				continue;
			}
			Properties english = load(bundle);
			for (String language : TRANSLATIONS) {
				Properties translated = load(
						this.resources.getResource("classpath:messages/" + name + "_" + language + ".properties"));
				for (String key : english.stringPropertyNames()) {
					String text = translated.getProperty(key);
					if (text == null) {
						problems.add(name + "_" + language + ": " + key + " is missing");
					}
					else if (text.equals(english.getProperty(key)) && !SAME_IN_EVERY_LANGUAGE.contains(key)
							&& text.replaceAll("\\{[^}]*}", "").matches("(?s).*\\p{IsLatin}.*")) {
						problems.add(name + "_" + language + ": " + key + " is the English text");
					}
				}
				translated.stringPropertyNames()
					.stream()
					.filter((key) -> !english.containsKey(key))
					.forEach((key) -> problems.add(name + "_" + language + ": " + key + " is not in English"));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageIsAPatternIcuReads() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Resource bundle : this.resources.getResources("classpath:messages/*.properties")) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				try {
					new MessageFormat(messages.getProperty(key), ULocale.ENGLISH);
				}
				catch (IllegalArgumentException ex) {
					problems.add(bundle.getFilename() + ": " + key + ": " + ex.getMessage());
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void countsAreICUPluralsNotRangesOfNumbers() throws IOException {
		List<String> ranges = new ArrayList<>();
		for (Resource bundle : this.resources.getResources("classpath:messages/*.properties")) {
			Properties messages = load(bundle);
			messages.stringPropertyNames()
				.stream()
				.filter((key) -> messages.getProperty(key).matches("(?s).*\\{\\d+,\\s*choice,\\s*1#.*"))
				.forEach((key) -> ranges.add(bundle.getFilename() + ": " + key));
		}
		assertThat(ranges).as("counts written as {n,choice,1#…|1<…}, which cannot say Ukrainian or Russian plurals")
			.isEmpty();
	}

	/**
	 * Code that builds keys from a prefix ("constraint." + name, or a fragment given
	 * 'admin.datePrecision').
	 */
	private static boolean namedAsPrefix(String code, String key) {
		int dot = key.lastIndexOf('.');
		if (dot < 0) {
			return false;
		}
		String prefix = key.substring(0, dot);
		return code.contains("\"" + prefix + ".\" +") || code.contains("'" + prefix + "'");
	}

	private List<Resource> templates() throws IOException {
		List<Resource> templates = new ArrayList<>(markupTemplates());
		templates.addAll(textTemplates());
		return templates;
	}

	private List<Resource> markupTemplates() throws IOException {
		return List.of(this.resources.getResources("classpath:templates/**/*.html"));
	}

	/** Templates in Thymeleaf's TEXT mode, such as the Markdown of a round's summary. */
	private List<Resource> textTemplates() throws IOException {
		return List.of(this.resources.getResources("classpath:templates/**/*.md"));
	}

	private Set<String> bundleKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Resource bundle : this.resources.getResources("classpath:messages/*.properties")) {
			keys.addAll(load(bundle).stringPropertyNames());
		}
		return keys;
	}

	private static Properties load(Resource bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream input = bundle.getInputStream();
				Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> keysIn(String text, Pattern pattern) {
		Set<String> keys = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			keys.add((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2));
		}
		return keys;
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream input = resource.getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
