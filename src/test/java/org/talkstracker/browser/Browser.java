package org.talkstracker.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium from the system's packages, driven without downloading anything:
 * the driver path is given, so Selenium Manager never runs. Tests are skipped where no
 * Chromium is installed. The test classes of a JVM share the browsers it starts
 * ({@link #start()}).
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("talks.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("talks.chromedriver", "/usr/bin/chromedriver"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The browsers this JVM started, to quit when it ends. */
	private static final List<Browser> STARTED = new ArrayList<>();

	/** Started browsers no test class holds now. */
	private static final Deque<Browser> IDLE = new ArrayDeque<>();

	final ChromeDriver driver;

	private final Path profile;

	private final Dimension initialSize;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
		this.initialSize = driver.manage().window().getSize();
	}

	/**
	 * A browser for a test class, which gives it back with {@link #close()}: one of this
	 * JVM's, started by an earlier class and cleared since, or a new one. Starting
	 * Chromium costs a second or two; the test classes share a few instead of starting
	 * their own, and the last are quit when the JVM ends.
	 */
	static synchronized Browser start() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: no Chromium at " + CHROMIUM + " or no driver at " + CHROMEDRIVER
						+ " (apt-get install chromium chromium-driver)");
		Browser idle = IDLE.poll();
		if (idle != null) {
			return idle;
		}
		if (STARTED.isEmpty()) {
			Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitAll, "quit-browsers"));
		}
		Browser started = launch();
		STARTED.add(started);
		return started;
	}

	private static Browser launch() throws IOException {
		Path profile = Files.createTempDirectory("talks-chromium");
		// One language whatever the machine's: a date field then takes month, day and
		// year in that order.
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--lang=en-US", "--user-data-dir=" + profile);
		// The DevTools network events, to see what the browser asked and was answered.
		options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, profile);
	}

	private static synchronized void quitAll() {
		for (Browser browser : STARTED) {
			try {
				browser.quit();
			}
			catch (RuntimeException ex) {
				// The JVM is ending: a browser that will not quit dies with it.
			}
		}
	}

	/**
	 * Clicks and waits until the page the click leads to has replaced the current one and
	 * is loaded.
	 */
	void clickAndWait(WebElement target) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		target.click();
		WebDriverWait wait = waiting();
		wait.until((driver) -> gone(page));
		wait.until((driver) -> "complete".equals(this.driver.executeScript("return document.readyState")));
	}

	/**
	 * Whether the element's page has been replaced. Chrome reports a replaced element as
	 * stale, or at times, while the new document is being attached, as a node that "does
	 * not belong to the document"; both mean the old page is gone.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Waits (up to 10 s) for the navigation a click started to reach an address. */
	void waitForUrlContaining(String part) {
		waiting().until(ExpectedConditions.urlContains(part));
	}

	/**
	 * The HTTP status of each response the network sent for an address since the last
	 * call, as the DevTools network events tell (the raw answer: a revalidated page shows
	 * as 304, where the page's own events show the stored 200).
	 */
	List<Integer> statusesReceivedFor(String url) {
		Set<String> requests = new HashSet<>();
		List<Integer> statuses = new ArrayList<>();
		for (LogEntry entry : this.driver.manage().logs().get("performance")) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			JsonNode params = message.path("params");
			String method = message.path("method").asString();
			if ("Network.requestWillBeSent".equals(method)
					&& url.equals(params.path("request").path("url").asString())) {
				requests.add(params.path("requestId").asString());
			}
			else if ("Network.responseReceivedExtraInfo".equals(method)
					&& requests.contains(params.path("requestId").asString())) {
				statuses.add(params.path("statusCode").asInt());
			}
		}
		return statuses;
	}

	/**
	 * How many pages the browser asked for by sending a form (POST) since the last call
	 * of this or {@link #statusesReceivedFor}, as the DevTools network events tell.
	 */
	int formsSent() {
		int sent = 0;
		for (LogEntry entry : this.driver.manage().logs().get("performance")) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			JsonNode params = message.path("params");
			if ("Network.requestWillBeSent".equals(message.path("method").asString())
					&& "POST".equals(params.path("request").path("method").asString())
					&& "Document".equals(params.path("type").asString())) {
				sent++;
			}
		}
		return sent;
	}

	/** Opens a page of the application served on this port. */
	void open(int port, String path) {
		this.driver.get("http://localhost:" + port + path);
	}

	/** Types into the field with this id what it did not hold. */
	void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * A date typed as a person types it into the browser's date field (month, day, year
	 * in en-US).
	 */
	void typeDate(String id, LocalDate date) {
		this.driver.findElement(By.id(id))
			.sendKeys(String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
	}

	/** Chooses an option of the list with this id by what it reads. */
	void choose(String id, String label) {
		new Select(this.driver.findElement(By.id(id))).selectByVisibleText(label);
	}

	/** Ticks what a picker ({@code fragments/admin :: picker}) offers with this label. */
	void pick(String field, String label) {
		this.driver.findElement(choice(field, label)).click();
	}

	/** The box or button of what a picker offers with this label. */
	static By choice(String field, String label) {
		return By.xpath("//fieldset[@data-field='" + field + "']//li[label[normalize-space()='" + label + "']]/input");
	}

	WebElement button(String text) {
		return this.driver.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	String text(By locator) {
		return this.driver.findElement(locator).getText();
	}

	/** Waits (up to 10 s) until an element is in the page. */
	void waitFor(By locator) {
		waiting().until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	/**
	 * A wait of up to 10 s that looks every 50 ms: Selenium's default of every 500 ms
	 * made each page a form leads to cost half a second more than it took.
	 */
	WebDriverWait waiting() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10), Duration.ofMillis(50));
	}

	/** Saves what the window shows, as a PNG, where the docs keep their screenshots. */
	void saveScreenshot(Path target) throws IOException {
		File shot = this.driver.getScreenshotAs(OutputType.FILE);
		Files.createDirectories(target.getParent());
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

	void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	/**
	 * The rules axe-core finds broken on the current page with a serious or critical
	 * impact. In legacy mode AxeBuilder runs {@code axe.run} in the page itself;
	 * otherwise it opens a blank tab to put together the results of each frame, which
	 * under load chromedriver at times gave up on (our pages have no frames: the same
	 * rules run on the same document either way).
	 */
	List<String> seriousAccessibilityViolations() {
		Results results = new AxeBuilder().setLegacyMode(true).analyze(this.driver);
		return results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Browser::describe)
			.toList();
	}

	Path screenshot(String name) throws IOException {
		File shot = this.driver.getScreenshotAs(OutputType.FILE);
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		return Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

	/**
	 * Gives the browser back for the next test class, as a new one would start: no page,
	 * no cookies (signed out, the language chosen forgotten), nothing cached, the first
	 * window size, no network events kept. A browser that cannot be cleared is quit.
	 */
	@Override
	public void close() {
		try {
			this.driver.get("about:blank");
			this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			this.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
			this.driver.manage().window().setSize(this.initialSize);
			this.driver.manage().logs().get("performance");
		}
		catch (WebDriverException ex) {
			synchronized (Browser.class) {
				STARTED.remove(this);
			}
			quit();
			return;
		}
		synchronized (Browser.class) {
			IDLE.push(this);
		}
	}

	private void quit() {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

}
