package org.talkstracker.proposal;

public enum ProposalCategory {

	CEASEFIRE, HUMANITARIAN, TERRITORIAL, POLITICAL, SECURITY, ECONOMIC, PROCEDURAL

}
