/**
 * Releases: every change readers see of a published round is a numbered, unchangeable
 * release keeping the round as readers saw it, with when, who, a kind and a public note.
 */
package org.talkstracker.release;
