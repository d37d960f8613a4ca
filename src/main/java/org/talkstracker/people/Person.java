package org.talkstracker.people;

import java.util.LinkedHashSet;
import java.util.Set;

import org.talkstracker.editing.NamedRecord;
import org.talkstracker.source.Citations;

import org.hibernate.envers.Audited;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;

/**
 * A negotiator or official. Titles change over time, so they are kept where the person
 * appears (a delegation, a statement), not here.
 */
@Entity
@Audited
public class Person extends NamedRecord {

	/**
	 * Other spellings: transliterations (Umerov, Umierov) and the name in its own script.
	 */
	@ElementCollection
	@CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "alias")
	private Set<String> aliases = new LinkedHashSet<>();

	protected Person() {
	}

	public Person(String slug) {
		super(slug);
	}

	public void describe(String name, Set<String> aliases) {
		name(name);
		Citations.replace(this.aliases, aliases);
	}

	@Override
	public String sharedKind() {
		return "person";
	}

	public Set<String> getAliases() {
		return this.aliases;
	}

}
