package org.talkstracker.source;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.envers.Audited;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * What a round and each of its facts have: an id, the version editors' writes are checked
 * against, and the sources it cites, in order. Every citation is a row of
 * {@code citation}, in the column named after the citing entity ({@code round_id},
 * {@code exchange_stage_id}, …, as JPA names a join column by default); each entity names
 * its own audit table for them with
 * {@code @AuditOverride(forClass = CitingRecord.class, …)}.
 */
@MappedSuperclass
@Audited
public abstract class CitingRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToMany
	@JoinTable(name = "citation", inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderColumn(name = "position")
	private List<Source> sources = new ArrayList<>();

	@Version
	private long version;

	/** Cites these sources, in this order, instead of those it cited. */
	public void cite(List<Source> sources) {
		Citations.replace(this.sources, sources);
	}

	public Long getId() {
		return this.id;
	}

	public List<Source> getSources() {
		return this.sources;
	}

	public long getVersion() {
		return this.version;
	}

}
