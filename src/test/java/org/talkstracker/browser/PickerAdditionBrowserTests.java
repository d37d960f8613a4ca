package org.talkstracker.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talkstracker.ServedOverHttp;
import org.talkstracker.account.EditorAccount;
import org.talkstracker.datafile.DataFileImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's pickers in a real browser, with their script: an editor adds a new source
 * inside a proposal's form without leaving it (first refused for a missing publisher,
 * then added and ticked, no form sent either time) and saves the proposal citing it; the
 * new-agreement form names the parties' counts and follows the parties as they are
 * chosen. With {@code -Dtalks.screenshots=docs/screenshots} it saves the picker's add
 * part at desktop and phone widths there ({@code pickers-*.png}).
 *
 * <p>
 * It works in a draft round of a process of its own, imported first, and removes it
 * afterwards with the source it added.
 */
@ServedOverHttp
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PickerAdditionBrowserTests {

	static final String USERNAME = "picker-editor";

	static final String PASSWORD = "a source added without leaving the form";

	static final String PROCESS = "picker-journey";

	static final String ROUND = "picker-journey-round";

	static final String SOURCE = "anadolu-agency-delegations-meet-again-in-istanbul";

	static final String SOURCE_CHOICE = "Anadolu Agency — Delegations meet again in Istanbul (2025-07-23)";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataFileImporter importer;

	Browser editor;

	@BeforeAll
	void start() throws IOException {
		this.importer.importFile("picker-journey", draftRound());
		this.editor = Browser.start();
		EditorAccount.create(this.context, USERNAME, PASSWORD);
	}

	/**
	 * A draft round of a process of its own, with the delegations of Russia and Ukraine;
	 * sources and parties are those stored.
	 */
	private static InputStream draftRound() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		String format;
		try (InputStream file = PickerAdditionBrowserTests.class
			.getResourceAsStream("/datafile/reference/istanbul-2025.json")) {
			format = json.readTree(file).get("format").asString();
		}
		ObjectNode file = json.createObjectNode();
		file.put("format", format);
		file.putArray("sources");
		file.putArray("parties");
		file.putArray("people");
		ObjectNode process = file.putArray("processes").addObject();
		process.put("slug", PROCESS).put("name", "Talks entered to try the pickers");
		process.putArray("parties").add("russia").add("ukraine");
		ObjectNode round = process.putArray("rounds").addObject();
		round.put("slug", ROUND).put("number", 1).put("status", "held").put("published", false);
		round.put("heldOn", "2025-07-23");
		round.putArray("sources").add("moscow-times-2025-06-02");
		for (String party : List.of("russia", "ukraine")) {
			ObjectNode delegation = round.withArray("delegations").addObject();
			delegation.put("party", party);
			delegation.putArray("members");
			delegation.putArray("sources").add("moscow-times-2025-06-02");
		}
		return new ByteArrayInputStream(json.writeValueAsBytes(file));
	}

	@AfterAll
	void stop() {
		if (this.editor != null) {
			this.editor.close();
		}
		this.jdbc.update("delete from round where process_id = (select id from process where slug = ?)", PROCESS);
		this.jdbc.update("delete from process where slug = ?", PROCESS);
		this.jdbc.update("delete from source where slug = ?", SOURCE);
		EditorAccount.remove(this.context, USERNAME);
	}

	@Test
	void anEditorAddsANewSourceInsideAProposalsFormAndSavesTheProposalCitingIt() throws IOException {
		signIn();
		open("/admin/rounds/" + ROUND + "/proposals/new");
		type("slug", "third-meeting");
		pick("party", "Ukraine");
		choose("category", "Procedural");
		type("title", "Another meeting within a month");
		choose("status", "Proposed");
		this.editor.formsSent();

		this.editor.driver.findElement(By.cssSelector("fieldset[data-field='sources'] details.picker-add summary"))
			.click();
		type("new-sources-publisher", "Anadolu Agency");
		type("new-sources-title", "Delegations meet again in Istanbul");
		type("new-sources-url", "https://www.aa.com.tr/en/europe/delegations-meet-again-in-istanbul/1");
		this.editor.typeDate("new-sources-publishedOn", LocalDate.of(2025, 7, 23));
		choose("new-sources-kind", "Independent media");
		photographTheAddPart();
		assertThat(this.editor.seriousAccessibilityViolations()).isEmpty();

		this.editor.driver.findElement(By.id("new-sources-publisher")).clear();
		addButton().click();
		this.editor.waitFor(By.id("new-sources-publisher-error"));
		assertThat(text(By.id("new-sources-publisher-error"))).isEqualTo("Fill in this field.");
		assertThat(this.jdbc.queryForObject("select count(*) from source where slug = ?", Long.class, SOURCE)).isZero();
		assertThat(this.editor.seriousAccessibilityViolations()).isEmpty();

		type("new-sources-publisher", "Anadolu Agency");
		addButton().click();
		this.editor.waitFor(sourceChoice());
		assertThat(this.editor.driver.findElement(sourceChoice()).isSelected()).isTrue();
		assertThat(text(By.cssSelector("fieldset[data-field='sources'] p.notice")))
			.startsWith(SOURCE_CHOICE + " is added and chosen.");
		assertThat(this.editor.driver.findElements(By.id("new-sources-publisher-error"))).isEmpty();
		assertThat(this.editor.driver.findElement(By.id("title")).getDomProperty("value"))
			.isEqualTo("Another meeting within a month");
		assertThat(this.editor.formsSent()).as("forms sent while the source was added").isZero();

		this.editor.clickAndWait(button("Save"));
		assertThat(text(By.tagName("main"))).contains("Ukraine: Another meeting within a month");
		assertThat(this.jdbc.queryForObject(
				"""
						select s.slug from citation c join proposal p on p.id = c.proposal_id join source s on s.id = c.source_id
						where p.slug = 'third-meeting' and p.round_id = (select id from round where slug = ?)""",
				String.class, ROUND))
			.isEqualTo(SOURCE);
	}

	@Test
	void theNewAgreementFormAsksEachCountByItsPartysNameAndFollowsTheChoice() {
		signIn();
		open("/admin/rounds/" + ROUND + "/exchanges/new");
		assertThat(text(By.cssSelector("label[for='sideACount']"))).startsWith("Russia is to receive");
		assertThat(text(By.cssSelector("label[for='sideBCount']"))).startsWith("Ukraine is to receive");

		pick("sideB", "Turkey");
		assertThat(text(By.cssSelector("label[for='sideBCount']"))).startsWith("Turkey is to receive");
		assertThat(text(By.cssSelector("label[for='sideBCountPrecision']")))
			.isEqualTo("How exact the count Turkey is to receive is");
		assertThat(text(By.tagName("main"))).doesNotContainPattern("(?i)first party|second party|side [AB]\\b");
	}

	private void signIn() {
		if (!this.editor.driver.findElements(By.xpath("//button[starts-with(normalize-space(), 'Sign out')]"))
			.isEmpty()) {
			return;
		}
		open("/login");
		type("username", USERNAME);
		type("password", PASSWORD);
		this.editor.clickAndWait(button("Sign in"));
		assertThat(text(By.tagName("main"))).contains("Signed in as " + USERNAME + ".");
	}

	/**
	 * The sources' picker with its add part open and filled in, at desktop and phone
	 * widths, when asked for.
	 */
	private void photographTheAddPart() throws IOException {
		String folder = System.getProperty("talks.screenshots");
		if (folder == null) {
			return;
		}
		this.editor.resize(1280, 1000);
		scrollTo("fieldset[data-field='sources'] details.picker-add");
		this.editor.saveScreenshot(Path.of(folder, "pickers-desktop.png"));
		this.editor.resize(390, 844);
		scrollTo("fieldset[data-field='sources'] details.picker-add");
		this.editor.saveScreenshot(Path.of(folder, "pickers-phone.png"));
		this.editor.resize(1280, 900);
	}

	private void scrollTo(String selector) {
		this.editor.driver.executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -24)",
				this.editor.driver.findElement(By.cssSelector(selector)));
	}

	private static By sourceChoice() {
		return Browser.choice("sources", SOURCE_CHOICE);
	}

	private WebElement addButton() {
		return this.editor.driver
			.findElement(By.cssSelector("fieldset[data-field='sources'] details.picker-add button[name='add']"));
	}

	private void type(String id, String text) {
		this.editor.type(id, text);
	}

	private void choose(String id, String label) {
		this.editor.choose(id, label);
	}

	private void pick(String field, String label) {
		this.editor.pick(field, label);
	}

	private WebElement button(String text) {
		return this.editor.button(text);
	}

	private String text(By locator) {
		return this.editor.text(locator);
	}

	private void open(String path) {
		this.editor.open(this.port, path);
	}

}
