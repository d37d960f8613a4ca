package org.talkstracker.database;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No text column of the schema holds blank text: not after the reference data is loaded,
 * and not after an editor opens a proposal and saves it unchanged, its empty boxes sent
 * as {@code ''}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class NoBlankTextTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void savingAProposalUnchangedStoresItsEmptyBoxesAsEmpty() throws Exception {
		this.mvc
			.perform(post("/admin/rounds/istanbul-2025-06-02/proposals/ukraine-third-meeting-in-june/edit").with(csrf())
				.param("party", "ukraine")
				.param("category", "PROCEDURAL")
				.param("title", this.jdbc.queryForObject(
						"select title from proposal where slug = 'ukraine-third-meeting-in-june'", String.class))
				.param("details", this.jdbc.queryForObject(
						"select details from proposal where slug = 'ukraine-third-meeting-in-june'", String.class))
				.param("status", "PROPOSED")
				.param("response", "")
				.param("deadline", "")
				.param("sources", "moscow-times-2025-06-02")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForObject(
				"select response is null from proposal where slug = 'ukraine-third-meeting-in-june'", Boolean.class))
			.isTrue();
		assertThat(blankText()).isEmpty();
	}

	/**
	 * Every text column of every table, each value that is '' or only spaces:
	 * table.column = 'value'.
	 */
	private List<String> blankText() {
		List<String> blank = new ArrayList<>();
		this.jdbc.query("""
				select c.table_name, c.column_name
				from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and c.data_type in ('text', 'character varying')
				""", (row) -> {
			String table = row.getString("table_name");
			String column = row.getString("column_name");
			Integer count = this.jdbc.queryForObject(
					"select count(*) from \"%s\" where \"%s\" !~ '\\S'".formatted(table, column), Integer.class);
			if (count > 0) {
				blank.add(table + "." + column + ": " + count);
			}
		});
		return blank;
	}

}
