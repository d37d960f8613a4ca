package org.talkstracker.profile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.memorandum.MemorandumRepository;
import org.talkstracker.process.Party;
import org.talkstracker.profile.ProfileLists.PartyCounts;
import org.talkstracker.source.CitedSources;
import org.talkstracker.text.FactKind;
import org.talkstracker.text.TextTranslations;
import org.talkstracker.text.TranslatedTexts;
import org.talkstracker.text.WrittenTexts;

/**
 * Builds a {@link PartyProfile} in a fixed number of SQL statements, whatever the party's
 * record: the party, the length of each list, a page of each list (the statements with
 * those disputing them), and the translations of the texts the proposals and statements
 * show.
 */
@Service
class PartyProfiles {

	private final PartyProfileRepository parties;

	private final ProfileLists lists;

	private final StatementLines statements;

	private final MemorandumRepository memoranda;

	private final TextTranslations translations;

	PartyProfiles(PartyProfileRepository parties, ProfileLists lists, StatementLines statements,
			MemorandumRepository memoranda, TextTranslations translations) {
		this.parties = parties;
		this.lists = lists;
		this.statements = statements;
		this.memoranda = memoranda;
		this.translations = translations;
	}

	/**
	 * The party with the pages asked for (from 1) of its rounds, proposals, memoranda and
	 * statements. Only a party that published facts name has a page: one in nothing but
	 * drafts, withdrawn rounds and their facts (or in nothing yet) is unknown to readers.
	 */
	@Transactional(readOnly = true)
	public PartyProfile of(String slug, ProfilePages pages) {
		Party party = this.parties.findBySlug(slug).orElseThrow(() -> new PartyNotFoundException(slug));
		PartyCounts counts = this.lists.partyCounts(party.getId());
		if (counts.rounds() + counts.proposals() + counts.memoranda() + counts.statements() == 0) {
			throw new PartyNotFoundException(slug);
		}
		PageRequest rounds = ProfilePages.request(pages.rounds());
		PageRequest proposals = ProfilePages.request(pages.proposals());
		PageRequest memoranda = ProfilePages.request(pages.memoranda());
		PageRequest statements = ProfilePages.request(pages.statements());
		CitedSources sources = new CitedSources();
		List<ProposalLine> proposalLines = this.parties.findProposals(party, proposals);
		StatementLines.Loaded statementsShown = this.statements.load(this.parties.findStatementIds(party, statements));
		// The texts of both lists' facts, translated, in one statement.
		Map<FactKind, List<Long>> written = new EnumMap<>(FactKind.class);
		written.put(FactKind.PROPOSAL, proposalLines.stream().map(ProposalLine::id).toList());
		written.put(FactKind.STATEMENT, statementsShown.written().stream().map(WrittenTexts::getId).toList());
		TranslatedTexts texts = this.translations.of(written);
		return new PartyProfile(party.getSlug(), party.getNames(), party.getKind(), party.getWikidataId(),
				party.getUcdpActorId(),
				new PageImpl<>(this.lists.partyRounds(party.getId(), rounds), rounds, counts.rounds()),
				new PageImpl<>(proposalLines.stream().map((line) -> line.translated(texts)).toList(), proposals,
						counts.proposals()),
				new PageImpl<>(this.memoranda.findVisibleListingsByAuthor(party, memoranda), memoranda,
						counts.memoranda()),
				new PageImpl<>(this.statements.lines(statementsShown, texts, sources), statements, counts.statements()),
				sources.list());
	}

}
