package org.talkstracker.proposal;

public enum ProposalStatus {

	PROPOSED, ACCEPTED, REJECTED, IMPLEMENTED, LAPSED

}
