package org.talkstracker.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talkstracker.StartsItsOwnApplication;
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
@StartsItsOwnApplication
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
		application.getBean(DataFileImporter.class).importFile("close-dates", handoversOnCloseDates());
		// The chart draws the generated handovers alone, day by day: with the reference
		// data's of 2025 it would span years, drawn by month.
		application.getBean(JdbcTemplate.class)
			.update("delete from exchange_stage where agreement_id in (select a.id from exchange_agreement a"
					+ " join round r on r.id = a.round_id where r.slug like 'istanbul-2025-%')");
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
		browser.waitForUrlContaining("kind=");

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

	/**
	 * Dates a day or three apart, as in the first exchange of the Istanbul talks, whose
	 * labels overlapped on the axis; with the generated process's 1 and 2 February the
	 * chart has five dates, each given its own tick when they fit.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 360, 768, 1280, 1920 })
	void theChartsLabelsNeverOverlapAtAnyWidth(int width) {
		browser.resize(width, 2400);
		open("/exchanges");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> labels = (List<Map<String, Object>>) browser.driver.executeScript("""
				return [...document.querySelectorAll('figure.chart svg.plot text')]
				  .filter((text) => getComputedStyle(text).display !== 'none')
				  .map((text) => { const box = text.getBoundingClientRect();
				    return { text: text.textContent, left: box.left, right: box.right, top: box.top,
				      bottom: box.bottom, fontSize: parseFloat(getComputedStyle(text).fontSize)
				        * text.closest('svg').getBoundingClientRect().width / 640 }; });
				""");

		List<String> dates = labels.stream()
			.map((label) -> (String) label.get("text"))
			.filter((text) -> text.matches("\\d{1,2} \\w{3} \\d{4}"))
			.toList();
		assertThat(dates).as("dates on the axis at %d px", width).hasSizeGreaterThanOrEqualTo(2).contains("1 Feb 2030");
		for (int i = 0; i < labels.size(); i++) {
			for (int j = i + 1; j < labels.size(); j++) {
				assertThat(overlap(labels.get(i), labels.get(j)))
					.as("at %d px, \"%s\" against \"%s\"", width, labels.get(i).get("text"), labels.get(j).get("text"))
					.isFalse();
			}
		}
		assertThat(labels).as("no label drawn smaller than 10 px at %d px", width)
			.allSatisfy(
					(label) -> assertThat(((Number) label.get("fontSize")).doubleValue()).isGreaterThanOrEqualTo(10));
	}

	private static boolean overlap(Map<String, Object> one, Map<String, Object> other) {
		return number(one, "left") < number(other, "right") && number(other, "left") < number(one, "right")
				&& number(one, "top") < number(other, "bottom") && number(other, "top") < number(one, "bottom");
	}

	private static double number(Map<String, Object> label, String key) {
		return ((Number) label.get(key)).doubleValue();
	}

	private static InputStream handoversOnCloseDates() {
		ObjectNode file = GeneratedRounds.processFile("close-dates");
		ObjectNode round = ((ObjectNode) file.get("processes").get(0)).putArray("rounds").addObject();
		round.put("slug", "close-dates-round")
			.put("number", 1)
			.put("status", "held")
			.put("published", true)
			.put("city", "Istanbul")
			.put("heldOn", "2030-01-20");
		round.putArray("sources").add("moscow-times-2025-06-02");
		ObjectNode exchange = round.putArray("exchanges").addObject().put("slug", "close-dates-exchange");
		exchange.put("kind", "prisoners_of_war");
		exchange.putObject("sideA").put("party", "russia").put("agreedCount", 1000);
		exchange.putObject("sideB").put("party", "ukraine").put("agreedCount", 1000);
		exchange.putArray("sources").add("moscow-times-2025-06-02");
		ArrayNode stages = exchange.putArray("stages");
		String[] dates = { "2030-02-03", "2030-02-06", "2030-02-24" };
		int[] counts = { 390, 307, 303 };
		for (int s = 0; s < dates.length; s++) {
			ObjectNode stage = stages.addObject().put("sequence", s + 1);
			stage.putObject("occurred").put("date", dates[s]).put("precision", "day");
			stage.putObject("sideAReceived").put("perSideA", counts[s]).put("perSideB", counts[s]);
			stage.putObject("sideBReceived").put("perSideA", counts[s]).put("perSideB", counts[s]);
			stage.putArray("sources").add("moscow-times-2025-06-02");
		}
		return new ByteArrayInputStream(JsonMapper.builder().build().writeValueAsBytes(file));
	}

	private static void open(String path) {
		browser.driver.get("http://localhost:" + port + path);
	}

}
