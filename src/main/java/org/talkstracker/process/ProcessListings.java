package org.talkstracker.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.talkstracker.editing.Name;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every process with its parties, by name, for the home page: one statement read as rows.
 * Through entities (a JPQL query fetching the parties) it cost twice the home page's
 * other two statements together in the JVM (docs/PERFORMANCE.md).
 */
@Repository
public class ProcessListings {

	private final JdbcClient jdbc;

	ProcessListings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ProcessListing> byName() {
		Map<Long, ProcessListing> processes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select p.id, p.name, p.name_uk, p.name_ru, p.name_original, p.description,
				       party.name as party, party.name_uk as party_uk, party.name_ru as party_ru,
				       party.name_original as party_original
				from process p
				left join process_party pp on pp.process_id = p.id
				left join party on party.id = pp.party_id
				order by p.name, p.id, party.name, party.id""").query((row) -> {
			ProcessListing process = processes.get(row.getLong("id"));
			if (process == null) {
				process = new ProcessListing(Name.read(row, "name"), row.getString("description"), new ArrayList<>());
				processes.put(row.getLong("id"), process);
			}
			Name party = Name.read(row, "party");
			if (party != null) {
				process.parties().add(party);
			}
		});
		return List.copyOf(processes.values());
	}

}
