package org.talkstracker.browser;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.talkstracker.ServedOverHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader does in a real browser: from the home page to the latest round, search,
 * filter; accessible pages.
 */
@ServedOverHttp
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderJourneyBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void startBrowser() throws IOException {
		this.browser = Browser.start();
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void fromTheHomePageToTheLatestRoundAndItsHeadsOfDelegation() {
		open("/");
		this.browser.driver.findElement(By.linkText("Round 3: Russia–Ukraine direct talks (2025)")).click();

		this.browser.waitForUrlContaining("/rounds/istanbul-2025-07-23");
		String delegations = this.browser.driver.findElement(By.id("delegations")).getText();
		assertThat(delegations).contains("Rustem Umerov", "Secretary of the National Security and Defence Council",
				"Vladimir Medinsky");
	}

	@Test
	void searchFindsAStatementByAnotherSpellingOfTheName() {
		open("/search");
		this.browser.driver.findElement(By.id("search-q")).sendKeys("Umierov children");
		this.browser.driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();

		this.browser.waitForUrlContaining("q=Umierov+children");
		assertThat(this.browser.driver.findElement(By.cssSelector("ol.hits")).getText()).contains("Rustem Umerov");
	}

	@Test
	void filteringTheRoundsListKeepsTheFilterInTheAddress() {
		open("/rounds");
		new Select(this.browser.driver.findElement(By.id("party"))).selectByVisibleText("United States");
		this.browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();

		this.browser.waitForUrlContaining("party=united-states");
		assertThat(this.browser.driver.findElement(By.cssSelector("table.rounds")).getText()).contains("Round 2")
			.doesNotContain("Round 1");
	}

	@Test
	void fromRoundTwoToTheComparisonOfTheTwoMemoranda() {
		open("/rounds/istanbul-2025-06-02");
		this.browser.driver.findElement(By.linkText("Compare the two memoranda topic by topic")).click();
		this.browser.waitForUrlContaining("/memoranda/compare");

		String comparison = this.browser.driver.findElement(By.tagName("main")).getText();
		assertThat(comparison).contains("Ceasefire conditions", "four regions",
				"Does not address this topic in any reported clause");
	}

	@Test
	void fromAHeadOfDelegationToHisPage() {
		open("/rounds/istanbul-2025-06-02");
		this.browser.driver.findElement(By.id("delegations")).findElement(By.linkText("Rustem Umerov")).click();
		this.browser.waitForUrlContaining("/people/rustem-umerov");

		assertThat(this.browser.driver.findElement(By.tagName("main")).getText()).contains("Umierov",
				"Defence Minister");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/rounds", "/rounds/istanbul-2025-06-02", "/rounds/istanbul-2025-05-16",
			"/rounds/istanbul-2025-07-23", "/search?q=ceasefire", "/rounds?q=nothing-matches-this", "/memoranda",
			"/memoranda/russian-memorandum-2025-06", "/memoranda/ukrainian-memorandum-2025-06",
			"/memoranda/compare?a=russian-memorandum-2025-06&b=ukrainian-memorandum-2025-06", "/parties/russia",
			"/parties/united-states", "/people/rustem-umerov", "/people/vladimir-medinsky", "/no-such-page", "/uk/",
			"/ru/rounds", "/uk/exchanges", "/ru/timeline" })
	void publicPagesHaveNoSeriousAccessibilityViolations(String page) {
		open(page);
		List<String> violations = this.browser.seriousAccessibilityViolations();
		assertThat(violations).as("axe-core on " + page).isEmpty();
	}

	@Test
	void roundPageAtDesktopAndPhoneWidths() throws IOException {
		open("/rounds/istanbul-2025-06-02");
		this.browser.resize(1280, 2200);
		this.browser.screenshot("round-desktop");
		this.browser.resize(360, 3000);
		assertThat(this.browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Round 2, Istanbul");
		// Nothing wider than a phone's screen: no sideways scrolling.
		Long scrollWidth = (Long) this.browser.driver.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth).isLessThanOrEqualTo(360);
		this.browser.screenshot("round-phone");
	}

	/**
	 * The language switcher keeps the reader on the round they are reading, in Ukrainian
	 * and then in Russian, where the texts written in English say so, and the home page
	 * remembers the choice.
	 */
	@Test
	void theSwitcherShowsTheSameRoundInUkrainianAndRussian() throws IOException {
		try {
			open("/rounds/istanbul-2025-06-02");
			this.browser.resize(1280, 2200);
			for (String language : List.of("uk", "ru")) {
				this.browser.driver.findElement(By.cssSelector("nav.languages a[lang=" + language + "]")).click();

				this.browser.waitForUrlContaining("/" + language + "/rounds/istanbul-2025-06-02");
				assertThat(this.browser.driver.findElement(By.tagName("html")).getDomAttribute("lang"))
					.isEqualTo(language);
				assertThat(this.browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Раунд 2");
				// The summary is English, marked as such, and the page says so in its own
				// language rather than passing it off as translated.
				WebElement summary = this.browser.driver.findElement(By.cssSelector("p.lead"));
				assertThat(summary.findElement(By.cssSelector("span[lang=en]")).getText())
					.startsWith("Second meeting of the delegations");
				assertThat(summary.findElement(By.cssSelector(".text-origin")).getText())
					.isEqualTo(language.equals("uk") ? "(Оригінал англійською)" : "(Оригинал на английском)");
				assertThat(this.browser.seriousAccessibilityViolations()).as("axe-core in " + language).isEmpty();
				this.browser.screenshot("round-" + language);
			}
			open("/");
			this.browser.waitForUrlContaining("/ru/");
			assertThat(this.browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ru");
		}
		finally {
			// The other journeys start from the English home page.
			this.browser.driver.manage().deleteAllCookies();
		}
	}

	/**
	 * The browser stores a public page and, on the next visit, asks whether it changed:
	 * the answer is a 304 with no body, and the page is shown from the browser's copy.
	 */
	@Test
	void aSecondVisitOfAPageIsRevalidatedWith304() {
		// An address no other test of this browser visits, and the events so far set
		// aside.
		String page = "http://localhost:" + this.port + "/memoranda?page=1";
		this.browser.statusesReceivedFor(page);
		open("/memoranda?page=1");
		open("/timeline");
		assertThat(this.browser.statusesReceivedFor(page)).containsExactly(200);

		open("/memoranda?page=1");

		assertThat(this.browser.statusesReceivedFor(page)).containsExactly(304);
		assertThat(this.browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Memoranda");
	}

	private void open(String path) {
		this.browser.driver.get("http://localhost:" + this.port + path);
	}

}
