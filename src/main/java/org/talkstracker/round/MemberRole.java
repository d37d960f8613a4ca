package org.talkstracker.round;

public enum MemberRole {

	HEAD, MEMBER, EXPERT, ADVISER

}
