package org.talkstracker.people;

import org.talkstracker.editing.SharedRecord;
import org.talkstracker.editing.SharedRecordChanges;
import java.util.LinkedHashSet;
import java.util.Set;

import org.talkstracker.source.Citations;

import org.hibernate.envers.Audited;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * A negotiator or official. Titles change over time, so they are kept where the person
 * appears (a delegation, a statement), not here.
 */
@Entity
@Audited
@EntityListeners(SharedRecordChanges.class)
public class Person implements SharedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	/**
	 * Other spellings: transliterations (Umerov, Umierov) and the name in its own script.
	 */
	@ElementCollection
	@CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "alias")
	private Set<String> aliases = new LinkedHashSet<>();

	/** Its item in Wikidata ({@code Q212}), joining other data sets; none if unknown. */
	private String wikidataId;

	@Version
	private long version;

	protected Person() {
	}

	public Person(String slug) {
		this.slug = slug;
	}

	public void describe(String name, Set<String> aliases) {
		this.name = name;
		Citations.replace(this.aliases, aliases);
	}

	public Long getId() {
		return this.id;
	}

	@Override
	public String sharedKind() {
		return "person";
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public Set<String> getAliases() {
		return this.aliases;
	}

	/**
	 * Names the {@code wikidataId} item as this person's (none to forget it); an
	 * identifier is given only when certain.
	 */
	public void identify(String wikidataId) {
		this.wikidataId = wikidataId;
	}

	public String getWikidataId() {
		return this.wikidataId;
	}

	public long getVersion() {
		return this.version;
	}

}
