package org.talkstracker.round;

public enum ThirdPartyRole {

	MEDIATOR, HOST, OBSERVER, CHAIR

}
