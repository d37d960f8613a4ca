package org.talkstracker.summary;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import jakarta.servlet.ServletContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export links fragment, rendered as the round page and the rounds list will include
 * it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExportLinksTests {

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	ServletContext servletContext;

	@Test
	void theRoundFragmentLinksItsFourDownloads() {
		String html = render("round", Map.of("slug", "istanbul-2025-06-02"));

		assertThat(html).contains("Download this round")
			.contains("href=\"/rounds/istanbul-2025-06-02/summary.md\"")
			.contains("href=\"/rounds/istanbul-2025-06-02/summary.pdf\"")
			.contains("href=\"/rounds/istanbul-2025-06-02/summary.json\"")
			.contains("href=\"/rounds/istanbul-2025-06-02/summary.csv\"");
	}

	@Test
	void theDataSetFragmentCarriesTheListsFilters() {
		String html = render("dataset", Map.of("query", "party=ukraine&year=2025"));

		assertThat(html).contains("href=\"/data/rounds.csv?party=ukraine&amp;year=2025\"")
			.contains("href=\"/data/talks-tracker.json?party=ukraine&amp;year=2025\"")
			.contains("href=\"/feed.atom\"")
			.contains("href=\"/rounds.ics\"");
		assertThat(render("dataset", Map.of("query", ""))).contains("href=\"/data/exchanges.csv\"");
	}

	private String render(String fragment, Map<String, Object> variables) {
		MockHttpServletRequest request = new MockHttpServletRequest(this.servletContext, "GET", "/rounds");
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(this.servletContext)
			.buildExchange(request, new MockHttpServletResponse()), Locale.ENGLISH, variables);
		return this.templates.process("fragments/exports", Set.of(fragment), context);
	}

}
