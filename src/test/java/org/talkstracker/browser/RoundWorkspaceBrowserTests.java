package org.talkstracker.browser;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
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
 * Issue 16's journey in a real browser: an editor enters a real third round (23 July 2025
 * in Istanbul: two delegations with their heads and members, some not yet known, a host,
 * four proposals, an exchange agreed, nine handovers of the first two rounds' agreements,
 * four sources) through the round's workspace, publishes it, and the reader's pages show
 * it, and the handovers under the earlier rounds. The browser's own network events count
 * the forms sent: at most 10, signing in included. With
 * {@code -Dtalks.screenshots=docs/screenshots} it saves the workspace at desktop and
 * phone widths there.
 *
 * <p>
 * It works in a process of its own, a copy of the reference data's first two rounds
 * (which hold round 3 and the handovers already), and removes it afterwards with the
 * sources and people it added.
 */
@ServedOverHttp
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundWorkspaceBrowserTests {

	static final String USERNAME = "workspace-editor";

	static final String PASSWORD = "a third round in ten submissions";

	/**
	 * The reference data holds round 3 and every handover: the journey enters them again
	 * in a process of its own, a copy of the reference process's first two rounds with
	 * their agreements but none of their handovers, so what it adds is all its own.
	 */
	static final String PROCESS = "istanbul-journey";

	static final String PROCESS_NAME = "Russia–Ukraine direct talks (2025), entered again";

	static final String ROUND = "journey-2025-07-23";

	static final String BODIES = "journey-2025-06-02/bodies-6000-each";

	static final String PRISONERS = "journey-2025-05-16/prisoners-1000-for-1000";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataFileImporter importer;

	Browser editor;

	int submissions;

	int formsSent;

	long lastSource;

	long lastPerson;

	@BeforeAll
	void start() throws IOException {
		this.lastSource = this.jdbc.queryForObject("select coalesce(max(id), 0) from source", Long.class);
		this.lastPerson = this.jdbc.queryForObject("select coalesce(max(id), 0) from person", Long.class);
		this.importer.importFile("journey", earlierRounds());
		this.editor = Browser.start();
		EditorAccount.create(this.context, USERNAME, PASSWORD);
	}

	/**
	 * The reference process's first two rounds, their agreements without their handovers,
	 * in a process of the journey's own; sources, parties and people are those stored.
	 */
	private static InputStream earlierRounds() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode reference;
		try (InputStream file = RoundWorkspaceBrowserTests.class
			.getResourceAsStream("/datafile/reference/istanbul-2025.json")) {
			reference = json.readTree(file);
		}
		ObjectNode copy = json.createObjectNode();
		copy.put("format", reference.get("format").asString());
		copy.putArray("sources");
		copy.putArray("parties");
		copy.putArray("people");
		JsonNode talks = reference.get("processes").get(0);
		ObjectNode process = copy.putArray("processes").addObject();
		process.put("slug", PROCESS).put("name", PROCESS_NAME);
		process.set("parties", talks.get("parties"));
		ArrayNode rounds = process.putArray("rounds");
		for (JsonNode round : talks.get("rounds")) {
			if (round.get("number").asInt() < 3) {
				ObjectNode earlier = (ObjectNode) round.deepCopy();
				earlier.put("slug", round.get("slug").asString().replace("istanbul-", "journey-"));
				for (JsonNode exchange : earlier.withArray("exchanges")) {
					((ObjectNode) exchange).putArray("stages");
					((ObjectNode) exchange).remove("reportedTotals");
				}
				rounds.add(earlier);
			}
		}
		return new ByteArrayInputStream(json.writeValueAsBytes(copy));
	}

	@AfterAll
	void stop() {
		if (this.editor != null) {
			this.editor.close();
		}
		this.jdbc.execute("alter table round_release disable trigger round_release_append_only");
		this.jdbc.update("delete from round_release where round_slug like 'journey-%'");
		this.jdbc.execute("alter table round_release enable trigger round_release_append_only");
		this.jdbc.update("delete from round where process_id = (select id from process where slug = ?)", PROCESS);
		this.jdbc.update("delete from process where slug = ?", PROCESS);
		this.jdbc.update("delete from source where id > ?", this.lastSource);
		this.jdbc.update("delete from person where id > ?", this.lastPerson);
		EditorAccount.remove(this.context, USERNAME);
	}

	@Test
	void anEditorEntersTheThirdRoundInAtMostTenSubmissionsAndReadersSeeIt() throws IOException {
		signIn();
		createRound();
		addSources();
		addDelegations();
		addHost();
		addProposals();
		addExchange();
		addHandoversOfEarlierAgreements();
		submit(button("Publish"));
		assertThat(text(By.cssSelector("p.notice"))).isEqualTo("The round is published.");

		assertThat(this.formsSent).as("forms sent, as the browser saw them").isEqualTo(this.submissions);
		assertThat(this.formsSent).as("forms sent").isLessThanOrEqualTo(10);
		readTheRound();
		readTheEarlierRoundsHandovers();
	}

	private void signIn() {
		open("/login");
		type("username", USERNAME);
		type("password", PASSWORD);
		submit(button("Sign in"));
		assertThat(text(By.tagName("main"))).contains("Signed in as " + USERNAME + ".");
	}

	private void createRound() {
		open("/admin/rounds/new");
		choose("process", PROCESS_NAME);
		type("slug", ROUND);
		type("number", "3");
		choose("status", "Held");
		typeDate("heldOn", LocalDate.of(2025, 7, 23));
		type("city", "Istanbul");
		type("venue", "Çırağan Palace");
		type("timeZone", "Europe/Istanbul");
		// The browser's own date-and-time field takes its value as the page's script
		// would
		// set it: typed keys go to whichever part of the field has the focus.
		this.editor.driver.executeScript("arguments[0].value = '2025-07-23T20:37'", field("startedAt"));
		this.editor.driver.executeScript("arguments[0].value = '2025-07-23T21:16'", field("endedAt"));
		type("summary",
				"The third direct meeting of the Russian and Ukrainian delegations, held in the "
						+ "evening and over in well under an hour. The sides agreed another exchange of prisoners "
						+ "but came no closer on a ceasefire.");
		submit(button("Save"));
		assertThat(text(By.cssSelector("p.notice"))).isEqualTo("The round has been created as a draft.");
	}

	private void addSources() {
		source(0, "TASS", "Russia and Ukraine hold a third round of direct talks in Istanbul",
				"https://tass.com/politics/1993459", LocalDate.of(2025, 7, 23), "State media");
		source(1, "Meduza", "More swaps, but no deal", "https://meduza.io/en/feature/2025/07/24/more-swaps-but-no-deal",
				LocalDate.of(2025, 7, 24), "Independent media");
		source(2, "Ukrainska Pravda", "Third round of talks in Istanbul ends after less than an hour",
				"https://www.pravda.com.ua/eng/news/2025/07/24/7523165/", LocalDate.of(2025, 7, 24),
				"Independent media");
		source(3, "Anadolu Agency", "The third round of Russia–Ukraine talks in Istanbul", null,
				LocalDate.of(2025, 7, 23), "State media");
		submit(button("Add these sources"));
		assertThat(text(By.xpath("//h2[@id='sources']/following-sibling::ol[1]"))).contains("TASS", "Meduza",
				"Ukrainska Pravda", "Anadolu Agency");
	}

	private void addDelegations() throws IOException {
		choose("sides0.party", "Ukraine");
		member(0, 0, "Rustem Umerov", "Secretary of the National Security and Defence Council", "Head of delegation");
		member(0, 1, "Serhiy Kyslytsya", "First Deputy Foreign Minister", "Member");
		member(0, 2, "Oleksandr Poklad", null, "Member");
		member(0, 3, "Oleh Luhovskyi", null, "Member");
		choose("sides1.party", "Russia");
		member(1, 0, "Vladimir Medinsky", "Aide to the President", "Head of delegation");
		member(1, 1, "Mikhail Galuzin", "Deputy Foreign Minister", "Member");
		member(1, 2, "Alexander Fomin", "Deputy Defence Minister", "Member");
		member(1, 3, "Igor Kostyukov", "Head of the Main Directorate of the General Staff", "Member");
		tick("delegations", 1, 3);
		saveScreenshots();
		submit(button("Add these delegations"));
		assertThat(text(By.cssSelector("table.admin-table"))).contains("Rustem Umerov (Head of delegation)",
				"Oleh Luhovskyi (Member)", "Vladimir Medinsky (Head of delegation)", "Igor Kostyukov (Member)");
	}

	private void addHost() {
		choose("thirdParties0.party", "Turkey");
		choose("thirdParties0.role", "Host");
		tick("third-parties", 4);
		submit(button("Add these parties"));
		assertThat(text(By.tagName("main"))).contains("Turkey — Host");
	}

	private void addProposals() {
		proposal(0, "Russia", "An exchange of about 30 civilians from the Kursk region", "Humanitarian");
		proposal(1, "Russia", "Three working groups, political, humanitarian and military, meeting online",
				"Procedural");
		proposal(2, "Russia", "Handing over 3,000 more bodies, and ceasefires of 24 to 48 hours to collect the dead",
				"Humanitarian");
		proposal(3, "Ukraine", "A meeting of Zelensky and Putin, with Trump and Erdoğan, before the end of August",
				"Political");
		tick("proposals", 1, 2, 3);
		submit(button("Add these proposals"));
		assertThat(text(By.tagName("main"))).contains("Russia: Three working groups", "Ukraine: A meeting of Zelensky");
	}

	private void addExchange() {
		choose("agreements0.kind", "Prisoners of war");
		choose("agreements0.sideA", "Ukraine");
		type("agreements0.sideACount", "1200");
		choose("agreements0.sideB", "Russia");
		type("agreements0.sideBCount", "1200");
		choose("agreements0.precision", "at least");
		type("agreements0.description", "Each side is to hand over at least 1,200 prisoners of war.");
		tick("exchanges", 2, 3);
		submit(button("Add these agreements"));
		assertThat(text(By.tagName("main"))).contains("Prisoners of war (prisoners-of-war-1200-each)");
	}

	/**
	 * The handovers of the first two rounds' agreements, with one public note for the
	 * releases of both rounds they change.
	 */
	private void addHandoversOfEarlierAgreements() {
		this.editor.driver.findElement(By.xpath("//summary[normalize-space()='Add handovers']")).click();
		WebElement handovers = this.editor.driver.findElement(By.cssSelector("form[action$='/workspace/handovers']"));
		handovers.findElement(By.cssSelector("button.add-row")).click();
		assertThat(field("handovers10.occurredOn").getDomProperty("name")).isEqualTo("handovers[10].occurredOn");
		// The agreements name their parties in different orders (round 3's Ukraine
		// first):
		// until a row's agreement is chosen, its counts cannot name a party.
		assertThat(label("handovers10.sideAReceived"))
			.isEqualTo("Received by the party named first in the agreement chosen, as it reports it");
		handover(0, PRISONERS, LocalDate.of(2025, 5, 23), 390, 390);
		handover(1, PRISONERS, LocalDate.of(2025, 5, 24), 307, 307);
		handover(2, PRISONERS, LocalDate.of(2025, 5, 25), 303, 303);
		handover(3, BODIES, LocalDate.of(2025, 6, 11), 27, 1212);
		handover(4, BODIES, LocalDate.of(2025, 6, 13), null, 1200);
		handover(5, BODIES, LocalDate.of(2025, 6, 14), null, 1200);
		handover(6, BODIES, LocalDate.of(2025, 6, 15), null, 1200);
		handover(7, BODIES, LocalDate.of(2025, 6, 16), null, 1245);
		handover(8, BODIES, LocalDate.of(2025, 7, 17), 19, 1000);
		tick("handovers", 2);
		type("releaseNote", "Added the handovers carried out under this agreement, as reported after round 3.");
		submit(button("Add these handovers"));
		assertThat(text(By.cssSelector("p.notice"))).isEqualTo("Saved.");
	}

	private void readTheRound() {
		open("/rounds/" + ROUND);
		assertThat(text(By.tagName("h1"))).startsWith("Round 3, Istanbul");
		assertThat(text(By.id("delegations"))).contains("Rustem Umerov", "Vladimir Medinsky", "Oleh Luhovskyi",
				"Igor Kostyukov");
		assertThat(text(By.id("third-parties"))).contains("Turkey", "Host");
		assertThat(text(By.id("proposals"))).contains("An exchange of about 30 civilians from the Kursk region",
				"Three working groups", "Handing over 3,000 more bodies", "A meeting of Zelensky and Putin");
		assertThat(text(By.id("exchange-prisoners-of-war-1200-each"))).contains("Prisoners of war", "at least 1,200");
		assertThat(text(By.id("sources"))).contains("TASS", "Meduza", "Ukrainska Pravda", "Anadolu Agency");
	}

	private void readTheEarlierRoundsHandovers() {
		open("/rounds/journey-2025-06-02");
		assertThat(text(By.id("exchange-bodies-6000-each"))).contains("1,212", "1,245", "17 July 2025");
		open("/rounds/journey-2025-05-16");
		assertThat(text(By.id("exchange-prisoners-1000-for-1000"))).contains("390", "307", "303", "25 May 2025");
	}

	private void saveScreenshots() throws IOException {
		String folder = System.getProperty("talks.screenshots");
		if (folder == null) {
			return;
		}
		this.editor.resize(1280, 1500);
		this.editor.driver.executeScript("document.getElementById('delegations').scrollIntoView()");
		save(Path.of(folder, "workspace-desktop.png"));
		this.editor.resize(390, 844);
		this.editor.driver.executeScript("document.getElementById('sides0.people1.name').scrollIntoView()");
		save(Path.of(folder, "workspace-phone.png"));
		this.editor.resize(1280, 900);
	}

	private void save(Path target) throws IOException {
		File shot = this.editor.driver.getScreenshotAs(OutputType.FILE);
		Files.createDirectories(target.getParent());
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

	private void source(int row, String publisher, String title, String url, LocalDate publishedOn, String kind) {
		type("reports" + row + ".publisher", publisher);
		type("reports" + row + ".title", title);
		if (url != null) {
			type("reports" + row + ".url", url);
		}
		typeDate("reports" + row + ".publishedOn", publishedOn);
		choose("reports" + row + ".kind", kind);
	}

	private void member(int side, int row, String name, String title, String role) {
		String path = "sides" + side + ".people" + row;
		type(path + ".name", name);
		if (title != null) {
			type(path + ".title", title);
		}
		choose(path + ".role", role);
	}

	private void proposal(int row, String party, String title, String category) {
		choose("proposals" + row + ".party", party);
		type("proposals" + row + ".title", title);
		choose("proposals" + row + ".category", category);
	}

	private void handover(int row, String agreement, LocalDate on, Integer sideA, Integer sideB) {
		new Select(field("handovers" + row + ".agreement")).selectByValue(agreement);
		assertThat(label("handovers" + row + ".sideAReceived")).isEqualTo("Russia received, as Russia reports it");
		assertThat(label("handovers" + row + ".sideBReceived")).isEqualTo("Ukraine received, as Ukraine reports it");
		typeDate("handovers" + row + ".occurredOn", on);
		if (sideA != null) {
			type("handovers" + row + ".sideAReceived", sideA.toString());
		}
		if (sideB != null) {
			type("handovers" + row + ".sideBReceived", sideB.toString());
		}
	}

	/** Ticks the round's own sources, by their place among them, in one short form. */
	private void tick(String form, int... sources) {
		for (int source : sources) {
			WebElement box = field(form + "-source-" + source);
			if (!box.isSelected()) {
				box.click();
			}
		}
	}

	/** Sends a form and counts it as the browser saw it sent. */
	private void submit(WebElement button) {
		this.editor.clickAndWait(button);
		this.submissions++;
		this.formsSent += this.editor.formsSent();
	}

	private WebElement field(String id) {
		return this.editor.driver.findElement(By.id(id));
	}

	private void type(String id, String text) {
		WebElement field = field(id);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * A date typed as a person types it into the browser's date field (month, day, year
	 * in en-US).
	 */
	private void typeDate(String id, LocalDate date) {
		field(id).sendKeys(String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
	}

	private String label(String id) {
		return text(By.cssSelector("label[for='" + id + "']"));
	}

	private void choose(String id, String label) {
		new Select(field(id)).selectByVisibleText(label);
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
