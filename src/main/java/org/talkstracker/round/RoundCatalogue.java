package org.talkstracker.round;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.UnknownChoiceException;
import org.talkstracker.process.Party;
import org.talkstracker.process.PartyCatalogue;
import org.talkstracker.process.PeaceProcess;
import org.talkstracker.web.Choice;

/**
 * Rounds as editors choose them in the forms of facts that may be about one (a memorandum
 * delivered there, a statement made about it), by slug; drafts included.
 */
@Component
public class RoundCatalogue {

	private final RoundRepository rounds;

	private final PartyCatalogue parties;

	RoundCatalogue(RoundRepository rounds, PartyCatalogue parties) {
		this.rounds = rounds;
		this.parties = parties;
	}

	@Transactional(readOnly = true)
	public List<Choice> choices() {
		return this.rounds.findAdminListings()
			.stream()
			.map((round) -> new Choice(round.slug(),
					round.processName() + " — " + round.number() + " (" + round.heldOn() + ")"))
			.toList();
	}

	/**
	 * The sources the round itself cites, which the short forms of its workspace offer
	 * its facts (a round has few).
	 */
	@Transactional(readOnly = true)
	public List<Choice> sourcesOf(String round) {
		return this.rounds.findBySlug(round)
			.map((found) -> found.getSources()
				.stream()
				.map((source) -> new Choice(source.getSlug(), source.getPublisher() + " — " + source.getTitle()))
				.toList())
			.orElse(List.of());
	}

	/**
	 * The parties the short forms of a round's workspace offer: those of its process, and
	 * the last ones added (a host or mediator new to the talks); any other is chosen in
	 * the fact's own form, through its picker.
	 */
	@Transactional(readOnly = true)
	public List<Choice> partiesOffered(String round) {
		List<String> ofProcess = this.rounds.findBySlug(round)
			.map((found) -> found.getProcess().getParties().stream().map(Party::getSlug).toList())
			.orElse(List.of());
		return this.parties.offered(ofProcess, null);
	}

	/** The process of a round, to start a fact about it; none without such a round. */
	@Transactional(readOnly = true)
	public String processOf(String round) {
		return (round != null) ? this.rounds.findBySlug(round).map((found) -> found.getProcess().getSlug()).orElse(null)
				: null;
	}

	/**
	 * The round a form chose in its {@code round} field, none when it chose none; an
	 * unknown slug, or a round of another process than the fact's, is an error of that
	 * field.
	 * @param otherProcess the message that refuses a round of another process
	 */
	public Round ofProcess(String slug, PeaceProcess process, String otherProcess) {
		if (slug == null) {
			return null;
		}
		Round round = this.rounds.findBySlug(slug).orElseThrow(() -> new UnknownChoiceException("round", slug));
		if (!round.getProcess().getId().equals(process.getId())) {
			throw new FieldRefusedException("round", otherProcess);
		}
		return round;
	}

}
