package org.talkstracker.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.talkstracker.web.ScriptPayloads.escaped;
import static org.talkstracker.web.ScriptPayloads.escapedInXml;
import static org.talkstracker.web.ScriptPayloads.escapedUrl;
import static org.talkstracker.web.ScriptPayloads.noMarkupFromPayloads;
import static org.talkstracker.web.ScriptPayloads.script;
import static org.talkstracker.web.ScriptPayloads.typed;
import static org.talkstracker.web.ScriptPayloads.typedUrl;

/**
 * Every text field of every editors' form, filled with a script payload, is stored as
 * typed and shown as text on every page that prints it: reader pages, editors' lists and
 * forms, the search page, the Atom feed and the PDF summary. Each form is saved once with
 * the payload in all its text fields, then each page that shows them is read once. The
 * round's history page needs committed changes and is checked in
 * {@code RoundHistoryTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = { "EDITOR", "ADMIN" })
class EscapingTests {

	static final String PROCESS = "russia-ukraine-direct-talks-2025";

	static final String ROUND = "/rounds/istanbul-2025-06-02";

	static final String PDF = ROUND + "/summary.pdf";

	static final String ADMIN_ROUND = "/admin/rounds/istanbul-2025-06-02";

	static final String SOURCE = "moscow-times-2025-06-02";

	static final String MEMORANDUM = "russian-memorandum-2025-06";

	static final String COMPARISON = "/memoranda/compare?a=russian-memorandum-2025-06&b=ukrainian-memorandum-2025-06";

	static final String SEARCH = "/search?q=onerror";

	/** Where the search page marks the searched word in a payload it quotes. */
	static final String MARKED = "<mark>onerror</mark>";

	/**
	 * Forms whose fields are all chosen from lists or never shown (passwords): nothing to
	 * type a script into.
	 */
	static final Map<String, Set<String>> WITHOUT_TEXT = Map.ofEntries(
			Map.entry("org.talkstracker.round.DelegationForm", Set.of("party", "sources")),
			Map.entry("org.talkstracker.account.AccountForm", Set.of("username", "password")),
			Map.entry("org.talkstracker.account.PasswordChangeForm",
					Set.of("currentPassword", "newPassword", "repeatedPassword")),
			Map.entry("org.talkstracker.account.PasswordResetForm", Set.of("password")),
			// Sources chosen in a picker, by slug.
			Map.entry("org.talkstracker.round.MemberForm", Set.of("sources")),
			Map.entry("org.talkstracker.exchange.ReportedTotalForm", Set.of("sources")),
			// The workspace's short forms: sources chosen among the round's; the rows'
			// texts are those of the forms above, on the same pages.
			Map.entry("org.talkstracker.round.DelegationsForm", Set.of("sources")),
			Map.entry("org.talkstracker.round.ThirdPartiesForm", Set.of("sources")),
			Map.entry("org.talkstracker.proposal.ProposalRowsForm", Set.of("sources")),
			Map.entry("org.talkstracker.exchange.ExchangeRowsForm", Set.of("sources")),
			Map.entry("org.talkstracker.exchange.HandoverRowsForm", Set.of("sources")));

	@Autowired
	MockMvc mvc;

	static Stream<Form> forms() {
		return Stream.of(
				form("round", "round.RoundForm", ADMIN_ROUND + "/edit").with("process", PROCESS)
					.with("slug", "istanbul-2025-06-02")
					.with("number", "2")
					.with("status", "HELD")
					.with("heldOn", "2025-06-02")
					.with("timeZone", "Europe/Istanbul")
					.with("sources", SOURCE)
					.with("cityOriginal", "en")
					.with("venueOriginal", "en")
					.texts("city", "venue", "summary", "outcome", "nextSteps", "cityUk", "cityRu", "venueUk", "venueRu")
					.html(ROUND, "city", "venue", "summary", "outcome", "nextSteps")
					.html("/uk" + ROUND, "cityUk", "venueUk")
					.html("/uk/timeline", "cityUk")
					.html("/ru" + ROUND, "cityRu", "venueRu")
					.html(ADMIN_ROUND + "/edit", "cityUk", "cityRu", "venueUk", "venueRu")
					.html(ADMIN_ROUND + "/preview", "city", "venue", "summary", "outcome", "nextSteps")
					.html(ADMIN_ROUND + "/edit", "city", "venue", "summary", "outcome", "nextSteps")
					.html(ADMIN_ROUND, "city")
					.html("/admin/rounds", "city")
					.html("/rounds", "city", "venue")
					.html("/timeline", "city")
					.html("/exchanges", "city")
					.html("/parties/ukraine", "city")
					.html("/people/rustem-umerov", "city")
					.html("/memoranda/" + MEMORANDUM, "city")
					.search()
					.xml("/feed.atom", "city", "venue", "summary")
					.xml("/uk/feed.atom", "cityUk", "venueUk")
					.pdf("city", "venue", "summary", "outcome", "nextSteps"),
				// The home page names the latest round's city: round 3's.
				form("latest round", "round.RoundForm", "/admin/rounds/istanbul-2025-07-23/edit")
					.with("process", PROCESS)
					.with("slug", "istanbul-2025-07-23")
					.with("number", "3")
					.with("status", "HELD")
					.with("heldOn", "2025-07-23")
					.with("timeZone", "Europe/Istanbul")
					.with("sources", SOURCE)
					.texts("city")
					.html("/", "city"),
				form("account", "account.AccountForm", "/admin/accounts/new").with("username", "escaping-editor")
					.with("role", "EDITOR")
					.with("password", "a password long enough")
					.texts("displayName")
					.html("/admin/accounts", "displayName"),
				form("name", "account.DisplayNameForm", "/admin/accounts/admin/name").texts("displayName")
					.html("/admin/accounts", "displayName"),
				form("withdrawal", "round.WithdrawalForm", "/admin/rounds/istanbul-2025-05-16/withdraw").texts("reason")
					.html("/admin/rounds/istanbul-2025-05-16", "reason"),
				form("member", "round.MemberForm", ADMIN_ROUND + "/delegations/ukraine/members/rustem-umerov/edit")
					.with("person", "rustem-umerov")
					.with("role", "HEAD")
					.texts("title")
					.html(ROUND, "title")
					.html(ADMIN_ROUND + "/delegations/ukraine/members/rustem-umerov/edit", "title")
					.html("/people/rustem-umerov", "title")
					.html("/parties/ukraine", "title")
					.pdf("title"),
				form("thirdParty", "round.ThirdPartyForm", ADMIN_ROUND + "/third-parties/turkey/HOST/edit")
					.with("party", "turkey")
					.with("role", "HOST")
					.with("sources", SOURCE)
					.texts("note")
					.html(ROUND, "note")
					.html(ADMIN_ROUND + "/third-parties/turkey/HOST/edit", "note")
					.pdf("note"),
				form("proposal", "proposal.ProposalForm", ADMIN_ROUND + "/proposals/ukraine-third-meeting-in-june/edit")
					.with("slug", "ukraine-third-meeting-in-june")
					.with("party", "ukraine")
					.with("category", "PROCEDURAL")
					.with("status", "PROPOSED")
					.with("sources", SOURCE)
					.texts("title", "details", "response")
					.html(ROUND, "title", "details", "response")
					.html(ADMIN_ROUND + "/proposals/ukraine-third-meeting-in-june/edit", "title", "details", "response")
					.html(ADMIN_ROUND, "title")
					.html("/parties/ukraine", "title")
					.search("title")
					.pdf("title", "details", "response"),
				form("exchange", "exchange.ExchangeForm", ADMIN_ROUND + "/exchanges/bodies-6000-each/edit")
					.with("slug", "bodies-6000-each")
					.with("kind", "BODIES")
					.with("sideA", "russia")
					.with("sideACount", "6000")
					.with("sideB", "ukraine")
					.with("sideBCount", "6000")
					.with("sources", SOURCE)
					.texts("criteria", "description")
					.html(ROUND, "criteria", "description")
					.html("/exchanges", "criteria", "description")
					.html(ADMIN_ROUND + "/exchanges/bodies-6000-each/edit", "criteria", "description")
					.pdf("criteria", "description"),
				form("stage", "exchange.StageForm", ADMIN_ROUND + "/exchanges/bodies-6000-each/stages/new")
					.with("sequence", "7")
					.with("occurredOn", "2025-06-11")
					.with("occurredPrecision", "DAY")
					.with("sources", SOURCE)
					.texts("note")
					.html(ROUND, "note")
					.html("/exchanges", "note")
					.html(ADMIN_ROUND + "/exchanges/bodies-6000-each/stages/7/edit", "note")
					.pdf("note"),
				form("memorandum", "memorandum.MemorandumForm", "/admin/memoranda/" + MEMORANDUM + "/edit")
					.with("process", PROCESS)
					.with("slug", MEMORANDUM)
					.with("author", "russia")
					.with("round", "istanbul-2025-06-02")
					.with("deliveredOn", "2025-06-02")
					.with("deliveredPrecision", "DAY")
					.with("sources", SOURCE)
					.with("titleOriginal", "en")
					.texts("title", "summary", "titleUk", "titleRu")
					.html(ROUND, "title", "summary")
					.html("/uk/memoranda/" + MEMORANDUM, "titleUk")
					.html("/uk/timeline", "titleUk")
					.html("/ru/memoranda/" + MEMORANDUM, "titleRu")
					.html("/admin/memoranda/" + MEMORANDUM + "/edit", "titleUk", "titleRu")
					.html("/memoranda/" + MEMORANDUM, "title", "summary")
					.html("/admin/memoranda/" + MEMORANDUM + "/edit", "title", "summary")
					.html("/memoranda", "title")
					.html(COMPARISON, "title")
					.html("/parties/russia", "title")
					.html("/timeline", "title")
					.html("/admin/memoranda", "title")
					.search("title")
					.pdf("title", "summary"),
				form("clause", "memorandum.ClauseForm", "/admin/memoranda/" + MEMORANDUM + "/clauses/1/edit")
					.with("number", "1")
					.with("topic", "TERRITORY")
					.with("sources", SOURCE)
					.texts("text")
					.html(ROUND, "text")
					.html("/memoranda/" + MEMORANDUM, "text")
					.html(COMPARISON, "text")
					.html("/admin/memoranda/" + MEMORANDUM + "/edit", "text")
					.html("/admin/memoranda/" + MEMORANDUM + "/clauses/1/edit", "text")
					.search()
					.pdf("text"),
				form("statement", "statement.StatementForm",
						"/admin/statements/" + PROCESS + "/kellogg-merge-memoranda/edit")
					.with("process", PROCESS)
					.with("slug", "kellogg-merge-memoranda")
					.with("party", "united-states")
					.with("speaker", "keith-kellogg")
					.with("round", "istanbul-2025-06-02")
					.with("disputes", "")
					.with("sources", SOURCE)
					.texts("speakerTitle", "text", "quote")
					.html(ROUND, "speakerTitle", "text", "quote")
					.html("/admin/statements/" + PROCESS + "/kellogg-merge-memoranda/edit", "speakerTitle", "text",
							"quote")
					.html("/people/keith-kellogg", "speakerTitle", "text", "quote")
					.html("/parties/united-states", "text", "quote")
					.html("/admin/statements", "text")
					.html(ADMIN_ROUND, "text")
					.html("/admin/statements/new")
					.search()
					.pdf("speakerTitle", "text", "quote"),
				// A translation of the statement's text, shown on the round's page in
				// Ukrainian.
				form("translation", "translation.TranslationForm",
						"/admin/statements/" + PROCESS + "/kellogg-merge-memoranda/texts/text/translations/new")
					.with("language", "UK")
					.texts("text", "translator")
					.html("/uk" + ROUND, "text", "translator")
					.html("/uk/people/keith-kellogg", "text", "translator")
					.html("/uk/parties/united-states", "text", "translator")
					.html("/admin/statements/" + PROCESS + "/kellogg-merge-memoranda/texts/text", "text", "translator"),
				// A translation of a clause, shown on the memorandum's page and the
				// comparison in Ukrainian.
				form("clause translation", "translation.TranslationForm",
						"/admin/memoranda/" + MEMORANDUM + "/clauses/1/texts/text/translations/new")
					.with("language", "UK")
					.texts("text", "translator")
					.html("/uk/memoranda/" + MEMORANDUM, "text", "translator")
					.html("/uk" + COMPARISON, "text", "translator"),
				form("source", "source.SourceForm", "/admin/sources/" + SOURCE + "/edit").with("slug", SOURCE)
					.with("kind", "INDEPENDENT")
					.with("publishedOn", "2025-06-02")
					.texts("publisher", "title", "url", "note")
					.html(ROUND, "publisher", "title", "url", "note")
					.html("/admin/sources/" + SOURCE + "/edit", "publisher", "title", "url", "note")
					.html("/memoranda/" + MEMORANDUM, "publisher", "title", "url", "note")
					.html("/timeline", "publisher", "title", "url", "note")
					.html("/admin/sources", "publisher", "title")
					.html(ADMIN_ROUND + "/proposals/new", "publisher", "title")
					.pdf("publisher", "title", "note"),
				form("process", "process.ProcessForm", "/admin/processes/" + PROCESS + "/edit").with("slug", PROCESS)
					.with("parties", "russia", "ukraine")
					.with("wikidataId", "")
					.with("nameOriginal", "en")
					.texts("name", "description", "nameUk", "nameRu")
					.html("/admin/processes/" + PROCESS + "/edit", "name", "description", "nameUk", "nameRu")
					.html("/uk" + ROUND, "nameUk")
					.html("/ru" + ROUND, "nameRu")
					.html("/uk/timeline", "nameUk")
					.xml("/uk/feed.atom", "nameUk")
					.html("/", "name", "description")
					.html(ROUND, "name")
					.html("/rounds", "name")
					.html("/timeline", "name")
					.html("/memoranda", "name")
					.html("/exchanges", "name")
					.html("/admin/processes", "name")
					.html("/admin/rounds", "name")
					.html("/admin/rounds/new", "name")
					.html("/admin/context-events", "name")
					.xml("/feed.atom", "name")
					.pdf("name"),
				form("data set release", "opendata.DataSetReleaseForm", "/admin/data/releases").texts("note")
					.html("/data", "note"),
				form("party", "process.PartyForm", "/admin/parties/ukraine/edit").with("slug", "ukraine")
					.with("kind", "STATE")
					.with("wikidataId", "Q212")
					.with("nameOriginal", "en")
					.texts("name", "nameUk", "nameRu")
					.html("/admin/parties/ukraine/edit", "name", "nameUk", "nameRu")
					.html("/uk/parties/ukraine", "nameUk")
					.html("/uk/timeline", "nameUk")
					.html("/uk" + COMPARISON, "nameUk")
					.html("/ru" + ROUND, "nameRu")
					.html("/parties/ukraine", "name")
					.html(ROUND, "name")
					.html(ADMIN_ROUND, "name")
					.html("/exchanges", "name")
					.html(COMPARISON, "name")
					.html("/admin/parties", "name")
					.html("/admin/processes", "name")
					.html(ADMIN_ROUND + "/proposals/new", "name")
					.pdf("name"),
				form("person", "people.PersonForm", "/admin/people/rustem-umerov/edit").with("slug", "rustem-umerov")
					.with("wikidataId", "")
					.with("nameOriginal", "en")
					.texts("name", "aliases", "nameUk", "nameRu")
					.html("/admin/people/rustem-umerov/edit", "name", "aliases", "nameUk", "nameRu")
					.html("/uk/people/rustem-umerov", "nameUk")
					.html("/ru" + ROUND, "nameRu")
					.html("/people/rustem-umerov", "name", "aliases")
					.html("/admin/people", "name", "aliases")
					.html(ROUND, "name")
					.html(ADMIN_ROUND, "name")
					.html("/parties/ukraine", "name")
					// The member form's picker, having searched for the person.
					.html(ADMIN_ROUND + "/delegations/ukraine/members/new?find-person=alert", "name")
					.pdf("name"),
				form("contextEvent", "timeline.ContextEventForm",
						"/admin/context-events/" + PROCESS + "/operation-spiders-web/edit")
					.with("process", PROCESS)
					.with("slug", "operation-spiders-web")
					.with("occurredOn", "2025-06-01")
					.with("occurredPrecision", "DAY")
					.with("sources", SOURCE)
					.texts("title", "description")
					.html("/admin/context-events/" + PROCESS + "/operation-spiders-web/edit", "title", "description")
					.html("/timeline", "title")
					.html("/admin/context-events", "title"));
	}

	@ParameterizedTest(name = "{0} form")
	@MethodSource("forms")
	void everyTextFieldIsStoredAndShownAsTextWhereverItAppears(Form form) throws Exception {
		save(form);

		List<String> problems = new ArrayList<>();
		for (Page page : form.pages()) {
			String shown = this.mvc.perform(get(page.path()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!noMarkupFromPayloads().matches(shown)) {
				problems.add(page.path() + " prints a payload as markup");
			}
			page.expected()
				.stream()
				.filter((expected) -> !shown.contains(expected))
				.forEach((expected) -> problems.add(page.path() + " does not show " + expected));
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * The PDF summary is made from HTML: escaped there, a payload is printed as text. All
	 * forms are saved first, so the summary is made once.
	 */
	@Test
	void theRoundSummaryPdfPrintsEveryPayloadAsText() throws Exception {
		for (Form form : forms().toList()) {
			save(form);
		}

		byte[] pdf = this.mvc.perform(get(PDF))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// Narrow table cells break a long word across lines.
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(forms().flatMap((form) -> form.pdf().stream().map(form::key)))
				.allSatisfy((key) -> assertThat(text).contains(script(key)));
		}
	}

	private void save(Form form) throws Exception {
		MockHttpServletRequestBuilder save = post(form.path()).with(csrf()).param("version", "0");
		form.params().forEach((name, values) -> save.param(name, values));
		form.texts()
			.forEach((field) -> save.param(field,
					field.equals("url") ? typedUrl(form.key(field)) : typed(form.key(field))));
		this.mvc.perform(save).andExpect(status().is3xxRedirection());
	}

	/**
	 * Whatever a reader types into the rounds list's filters, the list (or the 400 page,
	 * for a process or party that does not exist) never prints it as markup.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "process", "party", "venue", "q" })
	void theRoundsFiltersNeverPrintWhatWasTypedAsMarkup(String filter) throws Exception {
		String shown = this.mvc.perform(get("/rounds").param(filter, typed(filter)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(shown).contains("Talks Tracker");
		assertThat(noMarkupFromPayloads().matches(shown)).as("the payload printed as markup").isTrue();
	}

	@Test
	void theSearchWordsAreKeptInTheFilterFormAsText() throws Exception {
		this.mvc.perform(get("/rounds").param("q", typed("q")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + escaped("q") + "\"")));
	}

	/**
	 * A new text field of a form fails here until it is added to {@link #forms()} with
	 * the pages that show it.
	 */
	@Test
	void everyTextFieldOfEveryFormIsCovered() throws Exception {
		Map<String, Set<String>> covered = new LinkedHashMap<>();
		forms().forEach((form) -> {
			Set<String> fields = covered.computeIfAbsent(form.formClass(), (name) -> new TreeSet<>());
			fields.addAll(form.texts());
			fields.addAll(form.params().keySet());
		});
		WITHOUT_TEXT.forEach((name, fields) -> covered.computeIfAbsent(name, (key) -> new TreeSet<>()).addAll(fields));
		covered.put("org.talkstracker.search.RoundFilterForm", Set.of("process", "party", "venue", "q"));

		List<String> uncovered = new ArrayList<>();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile(".*Form")));
		Set<String> forms = new TreeSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.talkstracker")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			if (!type.isRecord() || type.isMemberClass()) {
				continue;
			}
			forms.add(type.getName());
			for (RecordComponent component : type.getRecordComponents()) {
				if (holdsText(component.getGenericType())
						&& !covered.getOrDefault(type.getName(), Set.of()).contains(component.getName())) {
					uncovered.add(type.getSimpleName() + "." + component.getName());
				}
			}
		}
		assertThat(uncovered).isEmpty();
		assertThat(forms).containsAll(covered.keySet());
	}

	private static boolean holdsText(Type type) {
		return type == String.class || (type instanceof ParameterizedType list && list.getRawType() == List.class
				&& list.getActualTypeArguments()[0] == String.class);
	}

	private static Form form(String name, String formClass, String path) {
		return new Form(name, "org.talkstracker." + formClass, path, new LinkedHashMap<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>());
	}

	record Page(String path, List<String> expected) {
	}

	/**
	 * One form: where it is posted, values for its other fields (choices, dates,
	 * numbers), its text fields, the pages that print them, and those the PDF summary
	 * prints. The payload in a field names the form and the field ("proposal.title").
	 */
	record Form(String name, String formClass, String path, Map<String, String[]> params, List<String> texts,
			List<Page> pages, List<String> pdf) {

		String key(String field) {
			return this.name + "." + field;
		}

		Form with(String field, String... values) {
			this.params.put(field, values);
			return this;
		}

		Form texts(String... fields) {
			this.texts.addAll(Arrays.asList(fields));
			return this;
		}

		Form html(String path, String... fields) {
			return page(path,
					Arrays.stream(fields)
						.map((field) -> field.equals("url") ? escapedUrl(key(field)) : escaped(key(field)))
						.toList());
		}

		/**
		 * The search page quotes a passage around the searched word: it must be marked,
		 * and titles shown whole.
		 */
		Form search(String... titles) {
			List<String> expected = new ArrayList<>(List.of(MARKED));
			Arrays.stream(titles).map((title) -> escaped(key(title))).forEach(expected::add);
			return page(SEARCH, expected);
		}

		Form xml(String path, String... fields) {
			return page(path, Arrays.stream(fields).map((field) -> escapedInXml(key(field))).toList());
		}

		Form pdf(String... fields) {
			this.pdf.addAll(Arrays.asList(fields));
			return this;
		}

		private Form page(String path, List<String> expected) {
			this.pages.add(new Page(path, expected));
			return this;
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
