package org.talkstracker.process;

import org.talkstracker.editing.SharedRecord;
import org.talkstracker.editing.SharedRecordChanges;
import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A state, organisation or armed group; its role (delegation, mediator, host, …) is per
 * round.
 */
@Entity
@Audited
@EntityListeners(SharedRecordChanges.class)
public class Party implements SharedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private PartyKind kind;

	/** Its item in Wikidata ({@code Q212}), joining other data sets; none if unknown. */
	private String wikidataId;

	/** Its actor in UCDP's data ({@code 65}); none if unknown. */
	private Integer ucdpActorId;

	@Version
	private long version;

	protected Party() {
	}

	public Party(String slug) {
		this.slug = slug;
	}

	public void describe(String name, PartyKind kind) {
		this.name = name;
		this.kind = kind;
	}

	public Long getId() {
		return this.id;
	}

	@Override
	public String sharedKind() {
		return "party";
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public PartyKind getKind() {
		return this.kind;
	}

	/**
	 * Names the {@code wikidataId} item as this party's (none to forget it); an
	 * identifier is given only when certain.
	 */
	public void identify(String wikidataId) {
		this.wikidataId = wikidataId;
	}

	public String getWikidataId() {
		return this.wikidataId;
	}

	/**
	 * Names the UCDP actor {@code actorId} as this party (none to forget it), only when
	 * certain.
	 */
	public void identifyInUcdp(Integer actorId) {
		this.ucdpActorId = actorId;
	}

	public Integer getUcdpActorId() {
		return this.ucdpActorId;
	}

	public long getVersion() {
		return this.version;
	}

}
