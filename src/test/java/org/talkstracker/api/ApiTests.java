package org.talkstracker.api;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void processesWithTheirParties() throws Exception {
		this.mvc.perform(get("/api/v1/processes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].slug").value("russia-ukraine-direct-talks-2025"))
			.andExpect(jsonPath("$[0].parties[*].slug", hasItem("ukraine")));
	}

	@Test
	void roundsArePagedAndFilteredAsOnTheRoundsPage() throws Exception {
		this.mvc.perform(get("/api/v1/rounds?size=1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].slug").value("istanbul-2025-07-23"))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(3));
		this.mvc.perform(get("/api/v1/rounds?party=united-states"))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].slug").value("istanbul-2025-06-02"));
	}

	@Test
	void oneRoundIsItsSummary() throws Exception {
		this.mvc.perform(get("/api/v1/rounds/istanbul-2025-06-02"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.header.number").value(2))
			.andExpect(jsonPath("$.delegations[*].members[*].person.name", hasItem("Rustem Umerov")))
			.andExpect(jsonPath("$.sources[0].publisher").value("The Moscow Times"));
	}

	@Test
	void exchangesMemorandaAndPeople() throws Exception {
		this.mvc.perform(get("/api/v1/exchanges"))
			.andExpect(jsonPath("$.items[*].slug", hasItem("bodies-6000-each")))
			.andExpect(jsonPath("$.items[0].sideA.agreed").value(1200));
		this.mvc.perform(get("/api/v1/memoranda"))
			.andExpect(jsonPath("$.items[*].slug", hasItem("russian-memorandum-2025-06")));
		this.mvc.perform(get("/api/v1/people"))
			.andExpect(jsonPath("$.items[*].name", hasItem("Vladimir Medinsky")))
			.andExpect(jsonPath("$.items[?(@.slug == 'rustem-umerov')].aliases[*]", hasItem("Рустем Умєров")));
	}

	@Nested
	@Transactional
	class AgreementsAsReported {

		/**
		 * The reference data's round 3 agreed at least 1,200 prisoners of war each way;
		 * of round 2's bodies, Russia reports it received 78 and handed over 6,060,
		 * Ukraine that it received 6,057: each differs from the other's report or from
		 * the stages (46 and 7,057, with July's handover).
		 */
		@Test
		void anExchangeGivesEachCountsPrecisionAndTheTotalsThePartiesReport() throws Exception {
			String prisoners = "$.items[?(@.slug == 'prisoners-of-war-at-least-1200')]";
			String bodies = "$.items[?(@.slug == 'bodies-6000-each')]";
			ApiTests.this.mvc.perform(get("/api/v1/exchanges"))
				.andExpect(jsonPath(prisoners + ".sideA.agreedPrecision", contains("AT_LEAST")))
				.andExpect(jsonPath(prisoners + ".sideB.agreedPrecision", contains("AT_LEAST")))
				.andExpect(jsonPath(bodies + ".sideA.agreedPrecision", contains("EXACT")))
				.andExpect(jsonPath(bodies + ".sideB.agreedPrecision", contains("EXACT")))
				.andExpect(jsonPath(bodies + ".reportedTotals[*].reportedBy", contains("russia", "russia", "ukraine")))
				.andExpect(jsonPath(bodies + ".reportedTotals[*].receivedBy", contains("russia", "ukraine", "ukraine")))
				.andExpect(jsonPath(bodies + ".reportedTotals[*].total", contains(78, 6060, 6057)))
				.andExpect(jsonPath(bodies + ".reportedTotals[*].differs", contains(true, true, true)));
		}

	}

	@Test
	void answersCarryAnETagAndMayBeCached() throws Exception {
		String etag = this.mvc.perform(get("/api/v1/rounds/istanbul-2025-06-02"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=60, public"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		this.mvc.perform(get("/api/v1/rounds/istanbul-2025-06-02").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
	}

	@Nested
	@Transactional
	class PublishedOnly {

		@Autowired
		DataFileImporter importer;

		@Test
		void draftsAreNeverListedNorFound() throws Exception {
			this.importer.importFile("draft", GeneratedRounds.process("draft", 2, false));

			ApiTests.this.mvc.perform(get("/api/v1/rounds/draft-round"))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			ApiTests.this.mvc.perform(get("/api/v1/rounds"))
				.andExpect(content().string(not(containsString("draft-round"))));
			ApiTests.this.mvc.perform(get("/api/v1/exchanges?size=100")).andExpect(jsonPath("$.totalItems").value(4));
			ApiTests.this.mvc.perform(get("/api/v1/memoranda?size=100"))
				.andExpect(content().string(not(containsString("draft-memorandum"))));
			ApiTests.this.mvc.perform(get("/api/v1/processes"))
				.andExpect(content().string(not(containsString("Generated process"))));
		}

	}

	@Test
	void anUnknownRoundIsAProblemDetail() throws Exception {
		this.mvc.perform(get("/api/v1/rounds/no-such-round"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not Found"))
			.andExpect(jsonPath("$.detail").value("No published round 'no-such-round'"));
	}

	@Test
	void anUnknownAddressUnderTheApiIsAProblemDetail() throws Exception {
		this.mvc.perform(get("/api/v1/treaties"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void searchWordsLongerThanTheirLimitAreAProblemDetail() throws Exception {
		this.mvc.perform(get("/api/v1/rounds").param("q", "x".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/api/v1/rounds?year=next", "/api/v1/rounds?status=signed", "/api/v1/rounds?party=atlantis",
					"/api/v1/rounds?page=0", "/api/v1/rounds?size=1000", "/api/v1/exchanges?page=x" })
	void anInvalidFilterIsAProblemDetail(String url) throws Exception {
		this.mvc.perform(get(url))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400));
	}

	@Test
	void theOpenApiDescriptionDescribesTheApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs/v1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi", containsString("3.")))
			.andExpect(jsonPath("$.info.title").value("Talks Tracker API"))
			.andExpect(jsonPath("$.paths['/api/v1/rounds'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/rounds/{slug}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/people'].get").exists());
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void theOpenApiDescriptionListsTheRoundsFiltersAsQueryParameters() throws Exception {
		String rounds = "$.paths['/api/v1/rounds'].get.parameters";
		this.mvc.perform(get("/v3/api-docs/v1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(rounds + "[*].name")
				.value(contains("process", "year", "status", "party", "venue", "q", "sort", "page", "size")))
			.andExpect(jsonPath(rounds + "[*].in").value(everyItem(is("query"))))
			.andExpect(jsonPath(rounds + "[?(@.name == 'process')].description").value(contains("Process slug")))
			.andExpect(jsonPath(rounds + "[?(@.name == 'party')].description")
				.value(contains("Slug of a party with a delegation or a third-party role at the round")))
			.andExpect(jsonPath(rounds + "[?(@.name == 'venue')].description").value(contains("City or venue")))
			.andExpect(jsonPath(rounds + "[?(@.name == 'q')].description").value(contains("Search words")))
			.andExpect(jsonPath(rounds + "[?(@.name == 'q')].schema.maxLength").value(contains(200)))
			.andExpect(jsonPath(rounds + "[?(@.name == 'year')].schema.minimum").value(contains(1900)))
			.andExpect(jsonPath(rounds + "[?(@.name == 'status')].schema.enum[*]")
				.value(contains("SCHEDULED", "HELD", "POSTPONED", "CANCELLED")));
	}

}
