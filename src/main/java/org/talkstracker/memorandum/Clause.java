package org.talkstracker.memorandum;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.talkstracker.round.Round;
import org.talkstracker.round.RoundChanges;
import org.talkstracker.round.RoundFact;
import org.talkstracker.source.Citations;
import org.talkstracker.source.Source;

import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/** One numbered clause of a memorandum, with its topic. */
@Entity
@Audited
@EntityListeners({ RoundChanges.class, MemorandumChanges.class })
public class Clause implements RoundFact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Memorandum memorandum;

	private int number;

	@Enumerated(EnumType.STRING)
	private ClauseTopic topic;

	private String text;

	@ManyToMany
	@AuditJoinTable(name = "clause_citation_aud")
	@JoinTable(name = "citation", joinColumns = @JoinColumn(name = "clause_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderColumn(name = "position")
	private List<Source> sources = new ArrayList<>();

	@Version
	private long version;

	protected Clause() {
	}

	Clause(Memorandum memorandum, int number) {
		this.memorandum = memorandum;
		this.number = number;
	}

	public void state(ClauseTopic topic, String text, List<Source> sources) {
		this.topic = topic;
		this.text = text;
		Citations.replace(this.sources, sources);
	}

	public Long getId() {
		return this.id;
	}

	public Memorandum getMemorandum() {
		return this.memorandum;
	}

	public int getNumber() {
		return this.number;
	}

	public ClauseTopic getTopic() {
		return this.topic;
	}

	public String getText() {
		return this.text;
	}

	public List<Source> getSources() {
		return this.sources;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public Stream<Round> rounds() {
		return this.memorandum.rounds();
	}

}
