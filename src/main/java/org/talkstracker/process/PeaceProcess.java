package org.talkstracker.process;

import java.util.LinkedHashSet;
import java.util.Set;

import org.talkstracker.editing.NamedRecord;
import org.talkstracker.source.Citations;

import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One negotiation track between parties. */
@Entity
@Audited
@Table(name = "process")
public class PeaceProcess extends NamedRecord {

	private String description;

	@ManyToMany
	@JoinTable(name = "process_party", joinColumns = @JoinColumn(name = "process_id"),
			inverseJoinColumns = @JoinColumn(name = "party_id"))
	@OrderBy("name")
	private Set<Party> parties = new LinkedHashSet<>();

	/** The conflict in UCDP's data that the process is about; none if unknown. */
	private Integer ucdpConflictId;

	/** Its peace process in PA-X, the peace agreements database; none if unknown. */
	private Integer paxProcessId;

	protected PeaceProcess() {
	}

	public PeaceProcess(String slug) {
		super(slug);
	}

	public void describe(String name, String description, Set<Party> parties) {
		name(name);
		this.description = description;
		Citations.replace(this.parties, parties);
	}

	@Override
	public String sharedKind() {
		return "process";
	}

	public String getDescription() {
		return this.description;
	}

	public Set<Party> getParties() {
		return this.parties;
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

}
