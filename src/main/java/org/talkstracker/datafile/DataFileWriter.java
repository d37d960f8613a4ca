package org.talkstracker.datafile;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes published data as a data file: one round for its JSON export, or every published
 * round (optionally those a filter selects) for the whole data set. Each round,
 * memorandum and statement is assembled as JSON by PostgreSQL in the row that selects it
 * and written as soon as it is read, through a cursor, so memory stays flat however much
 * is written. The file holds the sources, parties and people its facts refer to, so it
 * imports into an empty database unchanged.
 */
@Component
public class DataFileWriter {

	/**
	 * Rows a cursor fetches at a time. A row is a whole round with everything in it, so
	 * few: a round of 100 stages is some 50 kB of JSON.
	 */
	static final int FETCH_SIZE = 50;

	private final JdbcClient jdbc;

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		// A failure half-way must not close the open arrays and objects into a file that
		// looks complete.
		.disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		// Absent rather than null or empty, as the schema wants; a delegation lists its
		// members even when none is known.
		.changeDefaultPropertyInclusion(
				(include) -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
		.withConfigOverride(DataFile.DelegationEntry.class,
				(override) -> override
					.setInclude(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS)))
		.build();

	DataFileWriter(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
	}

	/**
	 * The data file of one published round, with what it refers to; empty when no
	 * published round has the slug.
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> round(String slug) {
		boolean published = this.jdbc.sql("select count(*) from round where slug = :slug and published")
			.param("slug", slug)
			.query(Long.class)
			.single() > 0;
		if (!published) {
			return Optional.empty();
		}
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		write(Selection.round(slug), file);
		return Optional.of(file.toByteArray());
	}

	/**
	 * The data file of one memorandum readers see (of no round, or of a published one):
	 * its process with only this memorandum and its clauses, and the sources and parties
	 * they refer to; empty when no visible memorandum has the slug. The round it was
	 * delivered at is named by slug, not written: the round's own releases keep it.
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> memorandum(String slug) {
		boolean visible = this.jdbc.sql("""
				select count(*) from memorandum m left join round r on r.id = m.round_id
				where m.slug = :slug and (r.id is null or r.published)""")
			.param("slug", slug)
			.query(Long.class)
			.single() > 0;
		if (!visible) {
			return Optional.empty();
		}
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		write(Selection.memorandum(slug), file);
		return Optional.of(file.toByteArray());
	}

	/** Writes the selected published data as one data file. */
	@Transactional(readOnly = true)
	public void write(Selection selection, OutputStream out) {
		Map<String, Object> params = new HashMap<>(selection.parameters());
		params.put("everything", selection.unattached());
		// The selected rounds' memoranda and statements are joins, not "round_id in (…)
		// or …": with
		// the "or" PostgreSQL guessed half of each table, and a file of one round at full
		// scale read
		// the whole source table (1.3 s, now 16-32 ms; docs/PERFORMANCE.md, "Releases at
		// full scale").
		String with = """
				with selected as (select r.id, r.process_id from round r join process p on p.id = r.process_id where %s),
				memoranda_out as (select m.id, m.process_id from memorandum m join selected r on r.id = m.round_id
				    union select m.id, m.process_id from memorandum m where (:everything and m.round_id is null) or %s),
				processes_out as (select p.id from process p where :everything or p.id in (select process_id from selected)
				    or p.id in (select process_id from memoranda_out)),
				statements_out as (select s.id from statement s join selected r on r.id = s.round_id
				    union select s.id from statement s where :everything and s.round_id is null),
				events_out as (select e.id from context_event e where :everything)
				"""
			.formatted(selection.rounds(), selection.memoranda());
		try (JsonGenerator json = this.mapper.writer().createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty("format", DataFile.FORMAT);
			json.writeName("sources");
			array(json, with + SOURCES, params, DataFile.SourceEntry.class);
			json.writeName("parties");
			array(json, with + PARTIES, params, DataFile.PartyEntry.class);
			json.writeName("people");
			array(json, with + PEOPLE, params, DataFile.PersonEntry.class);
			json.writeName("processes");
			json.writeStartArray();
			for (Long process : this.jdbc.sql(with + "select id from processes_out order by id")
				.params(params)
				.query(Long.class)
				.list()) {
				writeProcess(json, with, params, process);
			}
			json.writeEndArray();
			json.writeEndObject();
			json.flush();
		}
	}

	private void writeProcess(JsonGenerator json, String with, Map<String, Object> params, long process) {
		Map<String, Object> ofProcess = new HashMap<>(params);
		ofProcess.put("processId", process);
		DataFile.ProcessEntry entry = this.jdbc.sql(PROCESS)
			.param("processId", process)
			.query((row, number) -> read(row.getString("entry"), DataFile.ProcessEntry.class))
			.single();
		json.writeStartObject();
		json.writeStringProperty("slug", entry.slug());
		json.writeStringProperty("name", entry.name());
		if (entry.names() != null) {
			json.writeName("names");
			json.writePOJO(entry.names());
		}
		if (entry.description() != null) {
			json.writeStringProperty("description", entry.description());
		}
		if (entry.wikidataId() != null) {
			json.writeStringProperty("wikidataId", entry.wikidataId());
		}
		if (entry.ucdpConflictId() != null) {
			json.writeNumberProperty("ucdpConflictId", entry.ucdpConflictId());
		}
		if (entry.paxProcessId() != null) {
			json.writeNumberProperty("paxProcessId", entry.paxProcessId());
		}
		json.writeName("parties");
		json.writePOJO(entry.parties());
		json.writeName("rounds");
		array(json, with + ROUNDS, ofProcess, DataFile.RoundEntry.class);
		json.writeName("memoranda");
		array(json, with + MEMORANDA, ofProcess, DataFile.MemorandumEntry.class);
		json.writeName("statements");
		array(json, with + STATEMENTS, ofProcess, DataFile.StatementEntry.class);
		json.writeName("contextEvents");
		array(json, with + CONTEXT_EVENTS, ofProcess, DataFile.ContextEventEntry.class);
		json.writeEndObject();
	}

	/**
	 * Streams the rows of a query, each a JSON object in its {@code entry} column, into a
	 * JSON array.
	 */
	private <T> void array(JsonGenerator json, String sql, Map<String, Object> params, Class<T> type) {
		json.writeStartArray();
		RowCallbackHandler writeRow = (row) -> json.writePOJO(read(row.getString("entry"), type));
		this.jdbc.sql(sql).params(params).query(writeRow);
		json.writeEndArray();
	}

	/**
	 * A name's Ukrainian and Russian forms and its original, from the columns beside the
	 * English one ({@code r.city}: {@code r.city_uk}, …), left out when there are none.
	 */
	private static String names(String column) {
		return """
				case when %1$s_uk is null and %1$s_ru is null and coalesce(%1$s_original, 'en') = 'en' then null
				    else json_build_object('uk', %1$s_uk, 'ru', %1$s_ru, 'original', %1$s_original) end"""
			.formatted(column);
	}

	/**
	 * The languages and translations of a fact's texts as a JSON object, by each text's
	 * name in the file, for the texts not written in English or translated; null when
	 * there are none. {@code texts} pairs each name in the file with its column
	 * ({@code nextSteps}, {@code next_steps}); the fact's row is {@code alias}, and its
	 * translations are rows of {@code text_translation} whose {@code factColumn} is its
	 * id.
	 */
	private static String texts(String alias, String factColumn, String... texts) {
		StringBuilder values = new StringBuilder();
		for (int i = 0; i < texts.length; i += 2) {
			values.append((i > 0) ? ", " : "")
				.append("(%d, '%s', '%s', %s.%s_language)".formatted(i, texts[i], texts[i + 1], alias, texts[i + 1]));
		}
		return """
				(select json_object_agg(f.name, json_build_object('language', f.language,
				        'translations', (select json_agg(json_build_object('language', t.language, 'text', t.text,
				                'translator', t.translator, 'translatedAt', %4$s) order by t.language)
				            from text_translation t where t.%2$s = %1$s.id and t.field = f.field)) order by f.position)
				    from (values %3$s) f(position, name, field, language)
				    where f.language <> 'en'
				        or exists (select from text_translation t where t.%2$s = %1$s.id and t.field = f.field))"""
			.formatted(alias, factColumn, values, instant("t.translated_at"));
	}

	private <T> T read(String entry, Class<T> type) {
		return this.mapper.readValue(entry, type);
	}

	/**
	 * What a data file holds: published rounds (all, some by id, or one by slug), and,
	 * for all of them, every process with the memoranda, statements and context events
	 * that belong to no round; or one memorandum readers see, by slug.
	 */
	public static final class Selection {

		private final String rounds;

		private final String memoranda;

		private final Map<String, Object> parameters;

		private final boolean unattached;

		private Selection(String rounds, Map<String, Object> parameters, boolean unattached) {
			this(rounds, "false", parameters, unattached);
		}

		private Selection(String rounds, String memoranda, Map<String, Object> parameters, boolean unattached) {
			this.rounds = rounds;
			this.memoranda = memoranda;
			this.parameters = parameters;
			this.unattached = unattached;
		}

		/**
		 * Every published round, and the memoranda, statements and context events of no
		 * round.
		 */
		public static Selection everything() {
			return new Selection("r.published", Map.of(), true);
		}

		/** The published rounds among these ids, bound as one array parameter. */
		public static Selection rounds(long[] ids) {
			return new Selection("r.published and r.id = any(:selectedRounds)", Map.of("selectedRounds", ids.clone()),
					false);
		}

		static Selection round(String slug) {
			return new Selection("r.published and r.slug = :roundSlug", Map.of("roundSlug", slug), false);
		}

		/**
		 * One memorandum readers see (of no round, or of a published one), and no round:
		 * the data file of its page.
		 */
		static Selection memorandum(String slug) {
			return new Selection("false", """
					(m.slug = :memorandumSlug
					and not exists (select from round v where v.id = m.round_id and not v.published))""",
					Map.of("memorandumSlug", slug), false);
		}

		/** The rounds as a condition over {@code round r join process p}. */
		String rounds() {
			return this.rounds;
		}

		/**
		 * The memoranda written besides those of the rounds (and, for everything, those
		 * of no round), as a condition over {@code memorandum m}.
		 */
		String memoranda() {
			return this.memoranda;
		}

		Map<String, Object> parameters() {
			return this.parameters;
		}

		boolean unattached() {
			return this.unattached;
		}

	}

	/**
	 * The slugs of the sources one fact cites, in order, as a JSON array (null when
	 * none).
	 */
	private static String cited(String column, String id) {
		return "(select json_agg(cited.slug order by c.position) from citation c join source cited on cited.id = c.source_id"
				+ " where c." + column + " = " + id + ")";
	}

	private static String reported(String date, String precision) {
		return "case when " + date + " is null then null else json_build_object('date', " + date + ", 'precision', "
				+ precision + ") end";
	}

	private static String instant(String column) {
		return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
	}

	/**
	 * The sources the selected facts cite: one index lookup per kind of fact, so a file
	 * of one round or memorandum never reads the whole citation table.
	 */
	private static final String SOURCES = """
			select json_build_object('slug', s.slug, 'publisher', s.publisher, 'title', s.title, 'url', s.url,
			    'publishedOn', s.published_on, 'kind', s.kind, 'note', s.note) as entry
			from source s where s.id in (
			    select c.source_id from citation c where c.round_id in (select id from selected)
			    union select c.source_id from citation c join delegation d on d.id = c.delegation_id
			        where d.round_id in (select id from selected)
			    union select c.source_id from citation c join third_party t on t.id = c.third_party_id
			        where t.round_id in (select id from selected)
			    union select c.source_id from citation c join proposal x on x.id = c.proposal_id
			        where x.round_id in (select id from selected)
			    union select c.source_id from citation c join exchange_agreement e on e.id = c.exchange_agreement_id
			        where e.round_id in (select id from selected)
			    union select c.source_id from citation c join exchange_stage st on st.id = c.exchange_stage_id
			        join exchange_agreement e on e.id = st.agreement_id where e.round_id in (select id from selected)
			    union select c.source_id from citation c join exchange_reported_total rt on rt.id = c.exchange_reported_total_id
			        join exchange_agreement e on e.id = rt.agreement_id where e.round_id in (select id from selected)
			    union select c.source_id from citation c where c.memorandum_id in (select id from memoranda_out)
			    union select c.source_id from citation c join clause cl on cl.id = c.clause_id
			        where cl.memorandum_id in (select id from memoranda_out)
			    union select c.source_id from citation c where c.statement_id in (select id from statements_out)
			    union select c.source_id from citation c where c.context_event_id in (select id from events_out))
			order by s.slug""";

	private static final String PARTIES = """
			select json_build_object('slug', x.slug, 'name', x.name, 'names', %s, 'kind', x.kind,
			    'wikidataId', x.wikidata_id, 'ucdpActorId', x.ucdp_actor_id) as entry
			from party x where x.id in (
			    select pp.party_id from process_party pp where pp.process_id in (select id from processes_out)
			    union select d.party_id from delegation d where d.round_id in (select id from selected)
			    union select t.party_id from third_party t where t.round_id in (select id from selected)
			    union select y.party_id from proposal y where y.round_id in (select id from selected)
			    union select e.side_a_party_id from exchange_agreement e where e.round_id in (select id from selected)
			    union select e.side_b_party_id from exchange_agreement e where e.round_id in (select id from selected)
			    union select m.author_party_id from memorandum m where m.id in (select id from memoranda_out)
			    union select s.party_id from statement s where s.id in (select id from statements_out))
			order by x.slug""".formatted(names("x.name"));

	private static final String PEOPLE = """
			select json_build_object('slug', pe.slug, 'name', pe.name, 'names', %s,
			    'aliases', (select json_agg(a.alias order by a.alias) from person_alias a where a.person_id = pe.id),
			    'wikidataId', pe.wikidata_id) as entry
			from person pe where pe.id in (
			    select m.person_id from delegation_member m join delegation d on d.id = m.delegation_id
			        where d.round_id in (select id from selected)
			    union select s.speaker_id from statement s where s.id in (select id from statements_out))
			order by pe.slug""".formatted(names("pe.name"));

	private static final String PROCESS = """
			select json_build_object('slug', p.slug, 'name', p.name, 'names', %s, 'description', p.description, 'wikidataId', p.wikidata_id,
			    'ucdpConflictId', p.ucdp_conflict_id, 'paxProcessId', p.pax_process_id,
			    'parties', (select json_agg(x.slug order by x.slug) from process_party pp join party x on x.id = pp.party_id
			        where pp.process_id = p.id)) as entry
			from process p where p.id = :processId"""
		.formatted(names("p.name"));

	private static final String ROUNDS = """
			select json_build_object('slug', r.slug, 'number', r.number, 'status', r.status, 'published', r.published,
			    'city', r.city, 'cityNames', %s, 'venue', r.venue, 'venueNames', %s, 'heldOn', r.held_on, 'timeZone', r.time_zone,
			    'scheduledStart', %s, 'startedAt', %s, 'endedAt', %s,
			    'duration', case when r.duration_minutes is null then null
			        else json_build_object('minutes', r.duration_minutes, 'precision', r.duration_precision) end,
			    'summary', r.summary, 'outcome', r.outcome, 'nextSteps', r.next_steps, 'texts', %s, 'sources', %s,
			    'delegations', (select json_agg(json_build_object('party', x.slug,
			            'members', coalesce((select json_agg(json_build_object('person', pe.slug, 'title', m.title, 'role', m.role,
			                    'sources', %s)
			                order by m.position) from delegation_member m join person pe on pe.id = m.person_id
			                where m.delegation_id = d.id), '[]'),
			            'sources', %s) order by d.id)
			        from delegation d join party x on x.id = d.party_id where d.round_id = r.id),
			    'thirdParties', (select json_agg(json_build_object('party', x.slug, 'role', t.role, 'note', t.note,
			            'sources', %s) order by t.id)
			        from third_party t join party x on x.id = t.party_id where t.round_id = r.id),
			    'proposals', (select json_agg(json_build_object('slug', y.slug, 'party', x.slug, 'category', y.category,
			            'title', y.title, 'details', y.details, 'status', y.status, 'response', y.response,
			            'texts', %s, 'deadline', y.deadline, 'sources', %s) order by y.position)
			        from proposal y join party x on x.id = y.party_id where y.round_id = r.id),
			    'exchanges', (select json_agg(json_build_object('slug', e.slug, 'kind', e.kind, 'allForAll', e.all_for_all,
			            'sideA', json_build_object('party', a.slug, 'agreedCount', e.side_a_count,
			                'agreedPrecision', nullif(e.side_a_count_precision, 'EXACT')),
			            'sideB', json_build_object('party', b.slug, 'agreedCount', e.side_b_count,
			                'agreedPrecision', nullif(e.side_b_count_precision, 'EXACT')),
			            'criteria', e.criteria, 'description', e.description, 'sources', %s,
			            'stages', (select json_agg(json_build_object('sequence', st.sequence,
			                    'occurred', %s, 'announcedOn', st.announced_on,
			                    'sideAReceived', case when st.side_a_received_per_a is null and st.side_a_received_per_b is null
			                        then null else json_build_object('perSideA', st.side_a_received_per_a,
			                        'perSideB', st.side_a_received_per_b) end,
			                    'sideBReceived', case when st.side_b_received_per_a is null and st.side_b_received_per_b is null
			                        then null else json_build_object('perSideA', st.side_b_received_per_a,
			                        'perSideB', st.side_b_received_per_b) end,
			                    'sideAWithheld', st.side_a_withheld, 'sideBWithheld', st.side_b_withheld, 'note', st.note,
			                    'sources', %s) order by st.sequence)
			                from exchange_stage st where st.agreement_id = e.id),
			            'reportedTotals', (select json_agg(json_build_object(
			                    'receivedBy', case t.received_by when 'SIDE_A' then a.slug else b.slug end,
			                    'reportedBy', case t.reported_by when 'SIDE_A' then a.slug else b.slug end,
			                    'total', t.total, 'reportedOn', t.reported_on, 'sources', %s)
			                    order by t.received_by, t.reported_by)
			                from exchange_reported_total t where t.agreement_id = e.id)) order by e.position)
			        from exchange_agreement e join party a on a.id = e.side_a_party_id join party b on b.id = e.side_b_party_id
			        where e.round_id = r.id)) as entry
			from round r where r.id in (select id from selected) and r.process_id = :processId
			order by r.number"""
		.formatted(names("r.city"), names("r.venue"), instant("r.scheduled_start"), instant("r.started_at"),
				instant("r.ended_at"),
				texts("r", "round_id", "summary", "summary", "outcome", "outcome", "nextSteps", "next_steps"),
				cited("round_id", "r.id"), cited("delegation_member_id", "m.id"), cited("delegation_id", "d.id"),
				cited("third_party_id", "t.id"),
				texts("y", "proposal_id", "title", "title", "details", "details", "response", "response"),
				cited("proposal_id", "y.id"), cited("exchange_agreement_id", "e.id"),
				reported("st.occurred_on", "st.occurred_on_precision"), cited("exchange_stage_id", "st.id"),
				cited("exchange_reported_total_id", "t.id"));

	private static final String MEMORANDA = """
			select json_build_object('slug', m.slug, 'title', m.title, 'titleNames', %s, 'author', a.slug, 'round', r.slug,
			    'delivered', %s, 'publishedOn', m.published_on, 'summary', m.summary, 'texts', %s, 'sources', %s,
			    'clauses', (select json_agg(json_build_object('number', cl.number, 'topic', cl.topic, 'text', cl.text,
			            'texts', %s, 'sources', %s) order by cl.number)
			        from clause cl where cl.memorandum_id = m.id)) as entry
			from memorandum m join party a on a.id = m.author_party_id left join round r on r.id = m.round_id
			where m.id in (select id from memoranda_out) and m.process_id = :processId
			order by m.id"""
		.formatted(names("m.title"), reported("m.delivered_on", "m.delivered_on_precision"),
				texts("m", "memorandum_id", "summary", "summary"), cited("memorandum_id", "m.id"),
				texts("cl", "clause_id", "text", "text"), cited("clause_id", "cl.id"));

	/**
	 * The process's statements that are in the file, and whether the statement each
	 * disputes is too: the condition of {@code statements_out} applied to the process's
	 * statements, so a process never reads every other process's statements (0.7 s a
	 * process in the full data set).
	 */
	private static final String STATEMENTS = """
			select json_build_object('slug', s.slug, 'round', r.slug, 'speaker', pe.slug, 'speakerTitle', s.speaker_title,
			    'party', x.slug, 'said', %s, 'text', s.text, 'quote', s.quote, 'texts', %s,
			    'disputes', case when d.round_id in (select id from selected) or (:everything and d.round_id is null)
			        then d.slug end, 'sources', %s) as entry
			from statement s join party x on x.id = s.party_id left join person pe on pe.id = s.speaker_id
			left join round r on r.id = s.round_id left join statement d on d.id = s.disputes_id
			where s.process_id = :processId and (s.round_id in (select id from selected) or (:everything and s.round_id is null))
			order by s.id"""
		.formatted(reported("s.said_on", "s.said_on_precision"),
				texts("s", "statement_id", "text", "text", "quote", "quote"), cited("statement_id", "s.id"));

	private static final String CONTEXT_EVENTS = """
			select json_build_object('slug', e.slug, 'title', e.title, 'description', e.description,
			    'occurred', %s, 'announcedOn', e.announced_on, 'sources', %s) as entry
			from context_event e where e.id in (select id from events_out) and e.process_id = :processId
			order by e.id""".formatted(reported("e.occurred_on", "e.occurred_on_precision"),
			cited("context_event_id", "e.id"));

}
