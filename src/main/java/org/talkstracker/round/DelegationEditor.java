package org.talkstracker.round;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.FactName;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.Proposable;
import org.talkstracker.people.Person;
import org.talkstracker.people.PersonCatalogue;
import org.talkstracker.process.Party;
import org.talkstracker.process.PartyCatalogue;
import org.talkstracker.source.Source;
import org.talkstracker.source.SourceCatalogue;
import org.talkstracker.web.RecordNotFoundException;

/**
 * Delegations of a round, their members, and the round's hosts, mediators and observers.
 * References are resolved before anything changes, so no query flushes a half-made
 * change.
 */
@Service
class DelegationEditor {

	private final RoundRepository rounds;

	private final PartyCatalogue parties;

	private final PersonCatalogue people;

	private final SourceCatalogue sources;

	DelegationEditor(RoundRepository rounds, PartyCatalogue parties, PersonCatalogue people, SourceCatalogue sources) {
		this.rounds = rounds;
		this.parties = parties;
		this.people = people;
		this.sources = sources;
	}

	@Transactional(readOnly = true)
	public DelegationForm form(String round, String party) {
		return DelegationForm.of(delegation(this.rounds.forEditing(round), party));
	}

	@Proposable(value = "delegation.add", labels = "admin.delegation")
	@Transactional
	public void add(String roundSlug, DelegationForm form) {
		Round round = this.rounds.forEditing(roundSlug);
		if (findDelegation(round, form.party()).isPresent()) {
			throw new FieldRefusedException("party", "admin.delegation.taken");
		}
		Party party = this.parties.party("party", form.party());
		List<Source> cited = this.sources.cited("sources", form.sources(), round.isPublished());
		round.delegationOf(party).cite(cited);
		this.rounds.flush();
	}

	@Proposable(value = "delegation", labels = "admin.delegation", current = "form")
	@Transactional
	public void update(String roundSlug, String party, DelegationForm form) {
		Round round = this.rounds.forEditing(roundSlug);
		Delegation delegation = delegation(round, party);
		DelegationForm submitted = new DelegationForm(party, form.sources(), form.version());
		EditConflictException.unlessCurrent(DelegationForm.of(delegation), submitted, "admin.delegation");
		List<Source> cited = this.sources.cited("sources", form.sources(), round.isPublished());
		delegation.cite(cited);
		this.rounds.flush();
	}

	/** The members go with the delegation; nothing else depends on it. */
	@Transactional(readOnly = true)
	public DeleteImpact impactOfDeleting(String roundSlug, String party) {
		Delegation delegation = delegation(this.rounds.forEditing(roundSlug), party);
		return new DeleteImpact(List.of(),
				delegation.getMembers()
					.stream()
					.map((member) -> FactName.of("member", member.getPerson().getName()))
					.toList());
	}

	@Proposable(value = "delegation.delete", labels = "admin.delegation", current = "form")
	@Transactional
	public void delete(String roundSlug, String party) {
		Round round = this.rounds.forEditing(roundSlug);
		round.dismiss(delegation(round, party));
		this.rounds.flush();
	}

	@Transactional(readOnly = true)
	public MemberForm memberForm(String round, String party, String person) {
		return MemberForm.of(member(delegation(this.rounds.forEditing(round), party), person));
	}

	@Proposable(value = "member.add", labels = "admin.member")
	@Transactional
	public void seat(String roundSlug, String party, MemberForm form) {
		Round round = this.rounds.forEditing(roundSlug);
		Delegation delegation = delegation(round, party);
		if (delegation.findMember(form.person()).isPresent()) {
			throw new FieldRefusedException("person", "admin.member.taken");
		}
		Person person = this.people.person("person", form.person());
		delegation.seat(person, form.title(), form.role(), this.sources.cited("sources", form.sources()));
		this.rounds.flush();
	}

	@Proposable(value = "member", labels = "admin.member", current = "memberForm")
	@Transactional
	public void updateMember(String roundSlug, String party, String person, MemberForm form) {
		Round round = this.rounds.forEditing(roundSlug);
		Delegation delegation = delegation(round, party);
		DelegationMember member = member(delegation, person);
		MemberForm submitted = new MemberForm(person, form.title(), form.role(), form.sources(), form.version());
		EditConflictException.unlessCurrent(MemberForm.of(member), submitted, "admin.member");
		delegation.seat(member.getPerson(), form.title(), form.role(), this.sources.cited("sources", form.sources()));
		this.rounds.flush();
	}

	@Proposable(value = "member.delete", labels = "admin.member", current = "memberForm")
	@Transactional
	public void unseat(String roundSlug, String party, String person) {
		Round round = this.rounds.forEditing(roundSlug);
		Delegation delegation = delegation(round, party);
		delegation.unseat(member(delegation, person));
		this.rounds.flush();
	}

	@Transactional(readOnly = true)
	public ThirdPartyForm thirdPartyForm(String round, String party, ThirdPartyRole role) {
		return ThirdPartyForm.of(thirdParty(this.rounds.forEditing(round), party, role));
	}

	@Proposable(value = "thirdParty.add", labels = "admin.thirdParty")
	@Transactional
	public void addThirdParty(String roundSlug, ThirdPartyForm form) {
		Round round = this.rounds.forEditing(roundSlug);
		if (findThirdParty(round, form.party(), form.role()).isPresent()) {
			throw new FieldRefusedException("role", "admin.thirdParty.taken");
		}
		Party party = this.parties.party("party", form.party());
		List<Source> cited = this.sources.cited("sources", form.sources(), round.isPublished());
		round.thirdParty(party, form.role()).report(form.note(), cited);
		this.rounds.flush();
	}

	@Proposable(value = "thirdParty", labels = "admin.thirdParty", current = "thirdPartyForm")
	@Transactional
	public void updateThirdParty(String roundSlug, String party, ThirdPartyRole role, ThirdPartyForm form) {
		Round round = this.rounds.forEditing(roundSlug);
		ThirdParty third = thirdParty(round, party, role);
		ThirdPartyForm submitted = new ThirdPartyForm(party, role, form.note(), form.sources(), form.version());
		EditConflictException.unlessCurrent(ThirdPartyForm.of(third), submitted, "admin.thirdParty");
		List<Source> cited = this.sources.cited("sources", form.sources(), round.isPublished());
		third.report(form.note(), cited);
		this.rounds.flush();
	}

	@Proposable(value = "thirdParty.delete", labels = "admin.thirdParty", current = "thirdPartyForm")
	@Transactional
	public void removeThirdParty(String roundSlug, String party, ThirdPartyRole role) {
		Round round = this.rounds.forEditing(roundSlug);
		round.removeThirdParty(thirdParty(round, party, role));
		this.rounds.flush();
	}

	private Delegation delegation(Round round, String party) {
		return findDelegation(round, party).orElseThrow(() -> new RecordNotFoundException("delegation", party));
	}

	private Optional<Delegation> findDelegation(Round round, String party) {
		return this.rounds.findDelegationsWithMembers(round)
			.stream()
			.filter((delegation) -> delegation.getParty().getSlug().equals(party))
			.findFirst();
	}

	private static DelegationMember member(Delegation delegation, String person) {
		return delegation.findMember(person).orElseThrow(() -> new RecordNotFoundException("member", person));
	}

	private ThirdParty thirdParty(Round round, String party, ThirdPartyRole role) {
		return findThirdParty(round, party, role)
			.orElseThrow(() -> new RecordNotFoundException("third party", party + "/" + role));
	}

	private Optional<ThirdParty> findThirdParty(Round round, String party, ThirdPartyRole role) {
		return this.rounds.findThirdParties(round)
			.stream()
			.filter((third) -> third.getParty().getSlug().equals(party) && third.getRole() == role)
			.findFirst();
	}

}
