package org.talkstracker.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.Proposable;
import org.talkstracker.people.PersonCatalogue;
import org.talkstracker.source.Source;
import org.talkstracker.source.SourceEditor;
import org.talkstracker.web.FormRows;

/**
 * What the short forms of a round's workspace add: several sources, delegations with
 * their people, or hosts and mediators at once, each through the editor that adds one,
 * all in one transaction (all saved or none).
 */
@Service
class RoundWorkspace {

	private final RoundRepository rounds;

	private final SourceEditor sources;

	private final DelegationEditor delegations;

	private final PersonCatalogue people;

	RoundWorkspace(RoundRepository rounds, SourceEditor sources, DelegationEditor delegations, PersonCatalogue people) {
		this.rounds = rounds;
		this.sources = sources;
		this.delegations = delegations;
		this.people = people;
	}

	/** Adds the sources and cites them on the round, after those it cites already. */
	@Proposable("workspace.sources")
	@Transactional
	public void addSources(String roundSlug, RoundSourcesForm form) {
		Round round = this.rounds.forEditing(roundSlug);
		List<Source> cited = new ArrayList<>(round.getSources());
		FormRows.eachFilledIn("reports", form.reports(), RoundSourcesForm.Report::filledIn,
				Map.of("source_url_is_web_address", "url"), (report) -> cited.add(this.sources
					.report(report.publisher(), report.title(), report.url(), report.publishedOn(), report.kind())));
		round.cite(cited);
		this.rounds.flush();
	}

	/**
	 * Adds each side's delegation, unless the round has it already, and seats its people,
	 * found by the name typed in any spelling, or chosen where it names several, and
	 * adding those not yet known.
	 */
	@Proposable("workspace.delegations")
	@Transactional
	public void addDelegations(String roundSlug, DelegationsForm form) {
		Round round = this.rounds.forEditing(roundSlug);
		for (int i = 0; i < form.sides().size(); i++) {
			DelegationsForm.Side side = form.sides().get(i);
			if (!side.filledIn()) {
				continue;
			}
			String path = "sides[" + i + "]";
			boolean present = round.getDelegations()
				.stream()
				.anyMatch((delegation) -> delegation.getParty().getSlug().equals(side.party()));
			if (!present) {
				FormRows.atRow(path, Map.of("party", "party", "delegation_one_per_party_and_round", "party"),
						() -> this.delegations.add(roundSlug, new DelegationForm(side.party(), form.sources(), 0)));
			}
			FormRows.eachFilledIn(path + ".people", side.people(), DelegationsForm.Member::filledIn,
					Map.of("person", "name", "role", "role", "delegation_member_once_per_delegation", "name",
							"delegation_at_most_one_head", "role"),
					(member) -> this.delegations.seat(roundSlug, side.party(),
							new MemberForm(this.people.named("person", member.name(), member.person()).getSlug(),
									member.title(), member.role(), form.sources(), 0)));
		}
	}

	@Proposable("workspace.thirdParties")
	@Transactional
	public void addThirdParties(String roundSlug, ThirdPartiesForm form) {
		FormRows.eachFilledIn("thirdParties", form.thirdParties(), ThirdPartiesForm.Row::filledIn,
				Map.of("party", "party", "role", "role", "third_party_role_once_per_round", "role"),
				(row) -> this.delegations.addThirdParty(roundSlug,
						new ThirdPartyForm(row.party(), row.role(), row.note(), form.sources(), 0)));
	}

}
