package org.talkstracker.search;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talkstracker.editing.Name;

/**
 * What the rounds list can be filtered by: the values that published rounds actually
 * have.
 */
@Repository
class FilterChoices {

	private final JdbcClient jdbc;

	FilterChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Processes, parties, years and places of published rounds, each named in every
	 * language it has a name in, in one statement that probes indexes rather than reading
	 * every round: each process and party for one published round, each year between the
	 * first and the last for one, and the distinct places from an index, with the names
	 * of one round held there. A party's delegations and third-party seats each look up
	 * their round by its key, one at a time until a published one: joined to the rounds,
	 * PostgreSQL could instead walk the rounds in key order for each party or read every
	 * third-party seat (at a fifth of the 10,000-round scale 1,770 buffers and 8 to 35 ms
	 * under load, against 1,050 and 1.4 to 7 ms).
	 */
	Options options() {
		List<Choice> choices = this.jdbc
			.sql("""
					select 'process' as kind, p.slug as value, p.name as label, p.name_uk as label_uk,
					       p.name_ru as label_ru, p.name_original as label_original from process p
					where exists (select 1 from round r where r.process_id = p.id and r.published)
					union all
					select 'party', x.slug, x.name, x.name_uk, x.name_ru, x.name_original from party x
					where exists (select 1 from delegation d where d.party_id = x.id and (select r.published from round r where r.id = d.round_id))
					   or exists (select 1 from third_party t where t.party_id = x.id and (select r.published from round r where r.id = t.round_id))
					union all
					select 'year', cast(y as text), cast(y as text), null, null, null
					from generate_series((select cast(extract(year from min(held_on)) as int) from round where published),
					                     (select cast(extract(year from max(held_on)) as int) from round where published)) y
					where exists (select 1 from round r
					              where r.published and r.held_on >= make_date(y, 1, 1) and r.held_on < make_date(y + 1, 1, 1))
					union all
					select 'venue', c.city, c.city, n.city_uk, n.city_ru, n.city_original
					from (select distinct r.city from round r where r.published and r.city is not null) c
					cross join lateral (select r.city_uk, r.city_ru, r.city_original from round r
					                    where r.city = c.city and r.published limit 1) n
					order by 1, 3""")
			.query((row, number) -> new Choice(row.getString("kind"), row.getString("value"), Name.read(row, "label")))
			.list();
		return new Options(of(choices, "process"), of(choices, "party"), newestFirst(of(choices, "year")),
				of(choices, "venue"));
	}

	private static List<Choice> newestFirst(List<Choice> years) {
		return years.stream().sorted(Comparator.comparing(Choice::value).reversed()).toList();
	}

	private static List<Choice> of(List<Choice> choices, String kind) {
		return choices.stream().filter((choice) -> choice.kind().equals(kind)).toList();
	}

	/**
	 * One value to filter by, and its name (a year's is its number), shown in the
	 * reader's language.
	 */
	record Choice(String kind, String value, Name label) {
	}

	record Options(List<Choice> processes, List<Choice> parties, List<Choice> years, List<Choice> venues) {

		/**
		 * The same choices in the alphabetical order of the names a reader of the
		 * language sees (years stay newest first).
		 */
		Options in(Locale locale) {
			Comparator<Choice> byName = Comparator.comparing((choice) -> choice.label().textIn(locale),
					Collator.getInstance(locale));
			return new Options(this.processes.stream().sorted(byName).toList(),
					this.parties.stream().sorted(byName).toList(), this.years,
					this.venues.stream().sorted(byName).toList());
		}

		/**
		 * A process or party slug no published round has is a bad link, not an empty
		 * list.
		 */
		void requireKnown(String process, String party) {
			if (process != null && this.processes.stream().noneMatch((choice) -> choice.value().equals(process))) {
				throw new UnknownFilterException("process", process);
			}
			if (party != null && this.parties.stream().noneMatch((choice) -> choice.value().equals(party))) {
				throw new UnknownFilterException("party", party);
			}
		}

	}

}
