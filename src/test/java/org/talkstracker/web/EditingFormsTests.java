package org.talkstracker.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each editing form has each of its fields once. A browser sends every field of a name,
 * so a field rendered twice sends two values (the stray one often empty) and the form is
 * refused although the editor chose right; tests that post parameters directly never see
 * that.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "EDITOR")
class EditingFormsTests {

	private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

	private static final Pattern SELECT = Pattern.compile("<select[^>]*\\sname=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/admin/rounds/new", "/admin/rounds/istanbul-2025-06-02/edit",
			"/admin/rounds/istanbul-2025-06-02/delegations/new",
			"/admin/rounds/istanbul-2025-06-02/delegations/ukraine/members/new",
			"/admin/rounds/istanbul-2025-06-02/third-parties/new", "/admin/rounds/istanbul-2025-06-02/proposals/new",
			"/admin/rounds/istanbul-2025-06-02/exchanges/new",
			"/admin/rounds/istanbul-2025-06-02/exchanges/bodies-6000-each/edit",
			"/admin/rounds/istanbul-2025-06-02/exchanges/bodies-6000-each/stages/new", "/admin/memoranda/new",
			"/admin/statements/new", "/admin/sources/new", "/admin/processes/new", "/admin/parties/new",
			"/admin/people/new", "/admin/context-events/new" })
	void everyFieldOfAnEditingFormIsThereOnce(String form) throws Exception {
		String page = this.mvc.perform(get(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(repeated(ID, page)).as("ids given more than once on " + form).isEmpty();
		assertThat(repeated(SELECT, page)).as("lists to choose from named more than once on " + form).isEmpty();
	}

	private static List<String> repeated(Pattern pattern, String page) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(page);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		Map<String, Long> counts = found.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return counts.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 1)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

}
