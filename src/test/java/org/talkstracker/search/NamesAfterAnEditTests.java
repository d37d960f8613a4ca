package org.talkstracker.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.talkstracker.CommittingTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Search keeps the names it folds between searches: a name committed after a search is
 * searched by its other spellings from the next one on.
 */
@CommittingTest
class NamesAfterAnEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonAddedAfterASearchIsFoundByAnotherSpellingOfTheirName() throws Exception {
		this.mvc.perform(get("/search").param("q", "Zhyvkov"))
			.andExpect(content().string(containsString("Nothing published matches “Zhyvkov”")));

		this.jdbc.sql("insert into person (slug, name) values ('stoyan-zhivkov', 'Стоян Живков')").update();
		this.jdbc.sql("""
				insert into statement (process_id, slug, speaker_id, party_id, text)
				select (select id from process where slug = 'russia-ukraine-direct-talks-2025'), 'zhivkov-speaks', p.id,
				       (select id from party where slug = 'ukraine'), 'Nothing further to add'
				from person p where p.slug = 'stoyan-zhivkov'""").update();

		this.mvc.perform(get("/search").param("q", "Zhyvkov"))
			.andExpect(content().string(containsString("href=\"/people/stoyan-zhivkov\"")));
	}

}
