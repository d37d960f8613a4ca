package org.talkstracker.process;

import org.talkstracker.editing.SharedRecord;
import org.talkstracker.editing.SharedRecordChanges;
import java.util.LinkedHashSet;
import java.util.Set;

import org.talkstracker.source.Citations;

import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One negotiation track between parties. */
@Entity
@Audited
@Table(name = "process")
@EntityListeners(SharedRecordChanges.class)
public class PeaceProcess implements SharedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String description;

	@ManyToMany
	@JoinTable(name = "process_party", joinColumns = @JoinColumn(name = "process_id"),
			inverseJoinColumns = @JoinColumn(name = "party_id"))
	@OrderBy("name")
	private Set<Party> parties = new LinkedHashSet<>();

	/** Its item in Wikidata ({@code Q212}), joining other data sets; none if unknown. */
	private String wikidataId;

	/** The conflict in UCDP's data that the process is about; none if unknown. */
	private Integer ucdpConflictId;

	/** Its peace process in PA-X, the peace agreements database; none if unknown. */
	private Integer paxProcessId;

	@Version
	private long version;

	protected PeaceProcess() {
	}

	public PeaceProcess(String slug) {
		this.slug = slug;
	}

	public void describe(String name, String description, Set<Party> parties) {
		this.name = name;
		this.description = description;
		Citations.replace(this.parties, parties);
	}

	public Long getId() {
		return this.id;
	}

	@Override
	public String sharedKind() {
		return "process";
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public Set<Party> getParties() {
		return this.parties;
	}

	/**
	 * Names the {@code wikidataId} item as this process's (none to forget it); an
	 * identifier is given only when certain.
	 */
	public void identify(String wikidataId) {
		this.wikidataId = wikidataId;
	}

	public String getWikidataId() {
		return this.wikidataId;
	}

	/**
	 * Names the UCDP conflict and the PA-X peace process this process belongs to (none to
	 * forget either), only when certain.
	 */
	public void identifyInConflictData(Integer ucdpConflictId, Integer paxProcessId) {
		this.ucdpConflictId = ucdpConflictId;
		this.paxProcessId = paxProcessId;
	}

	public Integer getUcdpConflictId() {
		return this.ucdpConflictId;
	}

	public Integer getPaxProcessId() {
		return this.paxProcessId;
	}

	public long getVersion() {
		return this.version;
	}

}
