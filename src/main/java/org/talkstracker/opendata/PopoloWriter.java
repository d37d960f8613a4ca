package org.talkstracker.opendata;

import java.io.OutputStream;
import java.util.Map;

import javax.sql.DataSource;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people and delegations of the published data in the Popolo specification's terms
 * (https://www.popoloproject.com): {@code persons} (with their {@code other_names}),
 * {@code organizations} (the parties) and {@code memberships} (each seat in a delegation:
 * the person, the party, the role, the title then held as {@code label}, the round's day
 * as {@code start_date} and {@code end_date}, and the delegation's sources, each linked
 * by its address, or by the sources of the round's page where it has none). Ids are the
 * slugs of the site's addresses; a person's or party's Wikidata item is among its
 * {@code identifiers} (scheme {@code wikidata}), and a party's UCDP actor too (scheme
 * {@code ucdp_actor}); a membership's is {@code round/party/person}. Each record is built
 * by the database as JSON and written as it is read from a cursor, so memory stays flat.
 */
@Repository
class PopoloWriter {

	private static final String PERSONS = DataPackageTables.PUBLISHED
			+ """
					select json_strip_nulls(json_build_object('id', pe.slug, 'name', pe.name,
					    'identifiers', (select json_build_array(json_build_object('scheme', 'wikidata', 'identifier', pe.wikidata_id))
					        where pe.wikidata_id is not null),
					    'other_names', coalesce((select json_agg(json_build_object('name', a.alias) order by a.alias)
					        from person_alias a where a.person_id = pe.id), '[]'::json))) as entry
					from person pe where pe.id in (select id from people_out) order by pe.slug""";

	private static final String ORGANIZATIONS = DataPackageTables.PUBLISHED
			+ """
					select json_strip_nulls(json_build_object('id', x.slug, 'name', x.name, 'classification', lower(x.kind),
					    'identifiers', (select json_agg(i.identifier) from (values
					        (case when x.wikidata_id is not null
					            then json_build_object('scheme', 'wikidata', 'identifier', x.wikidata_id) end),
					        (case when x.ucdp_actor_id is not null
					            then json_build_object('scheme', 'ucdp_actor', 'identifier', x.ucdp_actor_id::text) end)) i(identifier)
					        where i.identifier is not null))) as entry
					from party x where x.id in (select id from parties_out) order by x.slug""";

	private static final String MEMBERSHIPS = DataPackageTables.PUBLISHED
			+ """
					select json_strip_nulls(json_build_object('id', r.slug || '/' || x.slug || '/' || pe.slug,
					    'person_id', pe.slug, 'organization_id', x.slug, 'role', lower(m.role), 'label', m.title,
					    'start_date', r.held_on, 'end_date', r.held_on,
					    'sources', coalesce((select json_agg(json_build_object(
					            'url', coalesce(s.url, :site || '/rounds/' || r.slug || '#sources'), 'note', s.publisher || ': ' || s.title)
					        order by c.position) from citation c join source s on s.id = c.source_id
					        where c.delegation_id = d.id), '[]'::json))) as entry
					from delegation_member m join delegation d on d.id = m.delegation_id join round r on r.id = d.round_id
					    join party x on x.id = d.party_id join person pe on pe.id = m.person_id
					where d.id in (select id from delegations_out)
					order by r.held_on, r.id, d.id, m.position, m.id""";

	/** Leaves the response open: the download decides how it ends. */
	private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	private final JdbcClient jdbc;

	PopoloWriter(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(DataSetCsv.FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	/**
	 * @param site the site's address, for links to round pages
	 */
	public void write(String site, OutputStream out) {
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			json.writeName("persons");
			array(json, PERSONS, Map.of());
			json.writeName("organizations");
			array(json, ORGANIZATIONS, Map.of());
			json.writeName("memberships");
			array(json, MEMBERSHIPS, Map.of("site", site));
			json.writeEndObject();
		}
	}

	private void array(JsonGenerator json, String sql, Map<String, Object> params) {
		json.writeStartArray();
		this.jdbc.sql(sql)
			.params(params)
			.query((RowCallbackHandler) (row) -> json.writeRawValue(row.getString("entry")));
		json.writeEndArray();
	}

}
