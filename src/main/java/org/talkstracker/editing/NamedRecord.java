package org.talkstracker.editing;

import org.hibernate.envers.Audited;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What a person, a party and a peace process each have: the slug it is known by in
 * addresses and data files (set once, when it is added), its name in each language
 * ({@link Name}: English always, Ukrainian and Russian when known, one the original), and
 * its item in Wikidata ({@code Q212}), joining other data sets, none if unknown. Each is
 * a {@link SharedRecord}: a change of one is a change of every round that shows it.
 */
@MappedSuperclass
@Audited
@EntityListeners(SharedRecordChanges.class)
public abstract class NamedRecord implements SharedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String nameUk;

	private String nameRu;

	private String nameOriginal = "en";

	private String wikidataId;

	@Version
	private long version;

	protected NamedRecord() {
	}

	protected NamedRecord(String slug) {
		this.slug = slug;
	}

	protected void name(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	/**
	 * Names it in every language at once: the English name, the Ukrainian and Russian
	 * ones (each may be missing) and which of them is the original.
	 */
	public void rename(Name names) {
		this.name = names.en();
		this.nameUk = names.uk();
		this.nameRu = names.ru();
		this.nameOriginal = names.original();
	}

	/** Its name in every language, with the original marked. */
	public Name getNames() {
		return new Name(this.name, this.nameUk, this.nameRu, this.nameOriginal);
	}

	/**
	 * Names the {@code wikidataId} item as this record's (none to forget it); an
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
