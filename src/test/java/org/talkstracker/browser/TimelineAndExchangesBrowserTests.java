package org.talkstracker.browser;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.talkstracker.TalksTrackerApplication;
import org.talkstracker.TestDatabase;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline and the exchanges page in a real browser. The application runs on a
 * database of its own, so the handovers imported to have a chart to look at stay out of
 * every other test.
 */
class TimelineAndExchangesBrowserTests {

	private static Browser browser;

	private static ConfigurableApplicationContext application;

	private static int port;

	@BeforeAll
	static void start() throws IOException {
		browser = Browser.start();
		TestDatabase.Target database = TestDatabase.createEmptyDatabase();
		application = new SpringApplicationBuilder(TalksTrackerApplication.class).run(
				"--" + TestDatabase.OWN_DATABASE + "=true", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--server.port=0", "--management.server.port=0");
		application.getBean(DataFileImporter.class).importFile("charted", GeneratedRounds.process("charted", 3, true));
		port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (application != null) {
			application.close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/timeline", "/timeline?process=charted&kind=stage",
			"/timeline?kind=stage&process=" + "russia-ukraine-direct-talks-2025", "/exchanges" })
	void pagesHaveNoSeriousAccessibilityViolations(String page) {
		open(page);
		assertThat(browser.seriousAccessibilityViolations()).as("axe-core on " + page).isEmpty();
	}

	@Test
	void theTimelineFormKeepsItsChoicesInTheAddress() {
		browser.resize(1280, 1000);
		open("/timeline");
		new Select(browser.driver.findElement(By.id("process"))).selectByVisibleText("Generated process charted");
		for (String kind : new String[] { "round", "memorandum", "event" }) {
			browser.driver.findElement(By.cssSelector("input[name=kind][value=" + kind + "]")).click();
		}
		browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("kind="));

		assertThat(browser.driver.getCurrentUrl()).contains("process=charted", "kind=stage")
			.doesNotContain("kind=round");
		assertThat(browser.driver.findElement(By.cssSelector("ol.timeline")).getText())
			.contains("Prisoners of war: stage 2 of the exchange agreed at round 1")
			.doesNotContain("Round 1, Genève");
	}

	@Test
	void theChartAndItsTablesFitAPhone() throws IOException {
		open("/exchanges");
		browser.resize(1280, 2400);
		browser.screenshot("exchanges-desktop");
		browser.resize(360, 3000);

		assertThat(browser.driver.findElement(By.cssSelector("figure.chart svg.plot")).getSize().getWidth())
			.isLessThanOrEqualTo(360);
		Long scrollWidth = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth).isLessThanOrEqualTo(360);
		browser.screenshot("exchanges-phone");
	}

	private static void open(String path) {
		browser.driver.get("http://localhost:" + port + path);
	}

}
