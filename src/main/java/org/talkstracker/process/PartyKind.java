package org.talkstracker.process;

public enum PartyKind {

	STATE, ORGANISATION, ARMED_GROUP

}
