package org.talkstracker.browser;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talkstracker.ServedOverHttp;
import org.talkstracker.account.EditorAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's journey in a real browser: an editor signs in, enters a round with its
 * delegations, a proposal and an exchange with a stage, cites a new source from each
 * fact, publishes, corrects a figure with a public note (issue 14), signs out; a reader
 * finds the round on /rounds, sees the correction and opens the first release. Everything
 * the editor does is typed, chosen and clicked in the pages; only the home page is opened
 * by its address. The round, its source and the account are committed, so they are
 * removed afterwards. The page cache is on, as deployed: the reader's /rounds, seen
 * without the draft, must show the round as soon as it is published.
 */
@ServedOverHttp
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorJourneyBrowserTests {

	static final String USERNAME = "journey-editor";

	static final String PASSWORD = "a journey through the editing pages";

	static final String ROUND = "istanbul-round-4";

	static final String SOURCE = "ukrinform-third-round";

	static final String SOURCE_CHOICE = "Ukrinform — Third round of talks ends in Istanbul (2025-07-23)";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	Browser editor;

	Browser reader;

	@BeforeAll
	void start() throws IOException {
		this.editor = Browser.start();
		this.reader = Browser.start();
		EditorAccount.create(this.context, USERNAME, PASSWORD);
	}

	@AfterAll
	void stop() {
		if (this.editor != null) {
			this.editor.close();
		}
		if (this.reader != null) {
			this.reader.close();
		}
		this.jdbc.update("delete from round where slug = ?", ROUND);
		this.jdbc.update("delete from source where slug = ?", SOURCE);
		EditorAccount.remove(this.context, USERNAME);
	}

	@Test
	void anEditorEntersAndPublishesARoundThatAReaderThenFindsOnTheRoundsList() throws IOException {
		signIn();
		createRound();
		addSourceFromTheRound();
		citeTheSourceFromTheRound();
		addDelegation("Russia");
		addDelegation("Ukraine");
		addProposal();
		addExchange();
		addStageWithoutSource();

		assertThat(readerSeesOnTheRoundsList()).doesNotContain("Round 4");
		assertThat(readerOpens("/rounds/" + ROUND)).contains("Page not found");
		this.editor.clickAndWait(button("Publish"));
		assertThat(text(By.cssSelector("p.problem"))).contains("Not published: every fact of the round needs a source");
		assertThat(text(By.cssSelector("ul.unsourced"))).isEqualTo("exchange stage: prisoners-1200-each #1");
		assertThat(readerSeesOnTheRoundsList()).doesNotContain("Round 4");

		citeTheSourceFromTheStage();
		this.editor.clickAndWait(button("Publish"));
		assertThat(text(By.cssSelector("p.notice"))).isEqualTo("The round is published.");
		assertThat(text(By.cssSelector("p.state"))).isEqualTo("Published: readers see this round.");

		correctTheStageWithAPublicNote();
		signOut();
		findTheRoundAsAReader();
		readTheCorrectionAndTheFirstRelease();
	}

	private void signIn() {
		open("/");
		this.editor.clickAndWait(link("Sign in"));
		type("username", USERNAME);
		type("password", PASSWORD);
		this.editor.clickAndWait(button("Sign in"));
		assertThat(text(By.tagName("main"))).contains("Signed in as journey-editor.");
	}

	private void createRound() {
		this.editor.clickAndWait(link("Rounds and their facts"));
		this.editor.clickAndWait(link("New round"));
		choose("process", "Russia–Ukraine direct talks (2025)");
		type("slug", ROUND);
		type("number", "4");
		choose("status", "Held");
		typeDate("heldOn", LocalDate.of(2025, 7, 23));
		type("city", "Istanbul");
		type("venue", "Çırağan Palace");
		type("summary", "A fourth meeting of the two delegations, lasting under an hour.");
		this.editor.clickAndWait(button("Save"));
		assertThat(text(By.cssSelector("p.notice"))).isEqualTo("The round has been created as a draft.");
		assertThat(text(By.cssSelector("p.state"))).startsWith("Draft");
		assertThat(text(By.cssSelector("ul.unsourced"))).isEqualTo("round: " + ROUND);
	}

	private void addSourceFromTheRound() {
		this.editor.clickAndWait(link("Add a source"));
		type("slug", SOURCE);
		type("publisher", "Ukrinform");
		type("title", "Third round of talks ends in Istanbul");
		type("url", "https://www.ukrinform.net/rubric-polytics/third-round-istanbul.html");
		typeDate("publishedOn", LocalDate.of(2025, 7, 23));
		choose("kind", "State media");
		this.editor.clickAndWait(button("Save"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Round 4, Istanbul");
		assertThat(text(By.cssSelector("p.notice"))).startsWith("The source is added.");
	}

	/**
	 * The source is new, so no form has cited it yet: the editor finds it by typing in
	 * the picker, which searches as they type. The picker is photographed at desktop and
	 * phone widths (into target/screenshots; docs/screenshots/pickers-*.png show its add
	 * part, from PickerAdditionBrowserTests).
	 */
	private void citeTheSourceFromTheRound() throws IOException {
		this.editor.clickAndWait(link("Edit the round"));
		assertThat(this.editor.driver.findElements(sourceChoice())).isEmpty();
		cite();
		this.editor.resize(1280, 900);
		photographThePicker("pickers-desktop");
		this.editor.resize(390, 844);
		photographThePicker("pickers-phone");
		this.editor.resize(1280, 900);
		assertThat(this.editor.seriousAccessibilityViolations()).isEmpty();
		this.editor.clickAndWait(button("Save"));
		assertThat(text(By.cssSelector("p.notice"))).isEqualTo("Saved.");
	}

	private void addDelegation(String party) {
		this.editor.clickAndWait(link("Add a delegation"));
		pick("party", party);
		cite();
		this.editor.clickAndWait(button("Save"));
		assertThat(this.editor.driver.findElement(By.cssSelector("table.admin-table")).getText()).contains(party);
	}

	private void addProposal() {
		this.editor.clickAndWait(link("Add a proposal"));
		type("slug", "leaders-meeting");
		pick("party", "Ukraine");
		choose("category", "Political");
		type("title", "A meeting of the two presidents before the end of August");
		choose("status", "Proposed");
		cite();
		this.editor.clickAndWait(button("Save"));
		assertThat(text(By.tagName("main"))).contains("Ukraine: A meeting of the two presidents");
	}

	private void addExchange() {
		this.editor.clickAndWait(link("Add an exchange agreement"));
		type("slug", "prisoners-1200-each");
		choose("kind", "Prisoners of war");
		pick("sideA", "Russia");
		type("sideACount", "1200");
		pick("sideB", "Ukraine");
		type("sideBCount", "1200");
		cite();
		this.editor.clickAndWait(button("Save"));
		assertThat(text(By.tagName("main"))).contains("Prisoners of war (prisoners-1200-each)");
	}

	private void addStageWithoutSource() {
		this.editor.clickAndWait(link("Add a stage"));
		assertThat(text(By.tagName("main"))).contains("An exchange between Russia and Ukraine",
				"Russia received, as Ukraine reports it");
		type("sequence", "1");
		typeDate("occurredOn", LocalDate.of(2025, 8, 14));
		choose("occurredPrecision", "on that day");
		type("sideAReceivedPerA", "84");
		type("sideBReceivedPerB", "84");
		this.editor.clickAndWait(button("Save"));
		assertThat(text(By.tagName("main"))).contains("Stage 1");
	}

	private void citeTheSourceFromTheStage() {
		this.editor.clickAndWait(
				this.editor.driver.findElement(By.cssSelector("a[aria-label='Edit prisoners-1200-each #1']")));
		cite();
		this.editor.clickAndWait(button("Save"));
		assertThat(this.editor.driver.findElements(By.cssSelector("ul.unsourced"))).isEmpty();
	}

	/**
	 * A published figure changes only with a public note: refused without one, keeping
	 * what was typed, then saved as a correction (release 2).
	 */
	private void correctTheStageWithAPublicNote() {
		this.editor.clickAndWait(
				this.editor.driver.findElement(By.cssSelector("a[aria-label='Edit prisoners-1200-each #1']")));
		type("sideAReceivedPerA", "85");
		this.editor.clickAndWait(button("Save"));
		assertThat(text(By.cssSelector("div.problem"))).contains("say what changed in a public note for readers");
		assertThat(this.editor.driver.findElement(By.id("sideAReceivedPerA")).getDomProperty("value")).isEqualTo("85");
		choose("releaseKind", "Correction");
		type("releaseNote", "Corrected the first handover: Russia received 85, not 84");
		this.editor.clickAndWait(button("Save"));
		assertThat(text(By.cssSelector("p.notice"))).isEqualTo("Saved.");
	}

	/**
	 * The reader sees which release the page is and its correction, reads what changed,
	 * and opens the first release, which still shows the figure as it was.
	 */
	private void readTheCorrectionAndTheFirstRelease() {
		assertThat(text(By.cssSelector("dd.release"))).contains("Release 2", "Correction",
				"Corrected the first handover: Russia received 85, not 84");
		assertThat(text(By.id("exchange-prisoners-1200-each"))).contains("85");
		this.editor.clickAndWait(link("All releases"));
		assertThat(text(By.tagName("main"))).contains("Release 2", "Release 1",
				"Corrected the first handover: Russia received 85, not 84", "Russia received 84 → 85");
		this.editor.clickAndWait(link("Release 1"));
		assertThat(text(By.cssSelector("p.release-banner"))).contains("This is release 1 of this round",
				"The current release is 2");
		assertThat(text(By.id("exchange-prisoners-1200-each"))).contains("84").doesNotContain("85");
	}

	private void signOut() {
		this.editor.clickAndWait(button("Sign out (journey-editor)"));
		assertThat(text(By.cssSelector("p.notice"))).isEqualTo("You have signed out.");
	}

	private void findTheRoundAsAReader() {
		this.editor.clickAndWait(link("Rounds"));
		WebElement row = this.editor.driver
			.findElement(By.xpath("//table[@class='rounds']//tr[td/a[text()='Round 4']]"));
		assertThat(row.getText()).contains("23 Jul 2025", "Çırağan Palace, Istanbul", "Held");
		this.editor.clickAndWait(row.findElement(By.linkText("Round 4")));

		assertThat(text(By.tagName("h1"))).startsWith("Round 4, Istanbul");
		assertThat(text(By.id("delegations"))).contains("Russia", "Ukraine");
		assertThat(text(By.id("proposals"))).contains("Proposed by Ukraine",
				"A meeting of the two presidents before the end of August");
		assertThat(text(By.id("exchange-prisoners-1200-each"))).contains("Prisoners of war", "1,200", "85",
				"14 August 2025");
		assertThat(text(By.id("sources"))).contains("Ukrinform", "Third round of talks ends in Istanbul");
	}

	/** The rounds list as an anonymous reader in a browser of their own sees it. */
	private String readerSeesOnTheRoundsList() {
		readerOpens("/rounds");
		return this.reader.driver.findElement(By.cssSelector("table.rounds")).getText();
	}

	private String readerOpens(String path) {
		this.reader.driver.get("http://localhost:" + this.port + path);
		return this.reader.driver.findElement(By.tagName("main")).getText();
	}

	/** The sources' picker at the top of the window, the source found in its list. */
	private void photographThePicker(String name) throws IOException {
		this.editor.driver.executeScript("arguments[0].scrollIntoView(true); arguments[1].scrollIntoView(false)",
				this.editor.driver.findElement(By.cssSelector("fieldset[data-field='sources']")),
				this.editor.driver.findElement(sourceChoice()));
		this.editor.driver.executeScript("arguments[0].scrollIntoView(true)",
				this.editor.driver.findElement(By.cssSelector("fieldset[data-field='sources']")));
		this.editor.screenshot(name);
	}

	/** Ticks the source in the form's picker, searching for it when it is not offered. */
	private void cite() {
		if (this.editor.driver.findElements(sourceChoice()).isEmpty()) {
			type("find-sources", "Ukrinform third round");
			this.editor.waitFor(sourceChoice());
		}
		WebElement source = this.editor.driver.findElement(sourceChoice());
		if (!source.isSelected()) {
			source.click();
		}
	}

	private static By sourceChoice() {
		return choice("sources", SOURCE_CHOICE);
	}

	/** A party offered by a picker (the reference data's are few: all are recent). */
	private void pick(String field, String label) {
		this.editor.driver.findElement(choice(field, label)).click();
	}

	private static By choice(String field, String label) {
		return By.xpath("//fieldset[@data-field='" + field + "']//li[label[normalize-space()='" + label + "']]/input");
	}

	private void type(String id, String text) {
		WebElement field = this.editor.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * A date typed as a person types it into the browser's date field (month, day, year
	 * in en-US).
	 */
	private void typeDate(String id, LocalDate date) {
		this.editor.driver.findElement(By.id(id))
			.sendKeys(String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
	}

	private void choose(String id, String label) {
		new Select(this.editor.driver.findElement(By.id(id))).selectByVisibleText(label);
	}

	private WebElement link(String text) {
		return this.editor.driver.findElement(By.linkText(text));
	}

	private WebElement button(String text) {
		return this.editor.driver.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	private String text(By locator) {
		return this.editor.driver.findElement(locator).getText();
	}

	private void open(String path) {
		this.editor.driver.get("http://localhost:" + this.port + path);
	}

}
