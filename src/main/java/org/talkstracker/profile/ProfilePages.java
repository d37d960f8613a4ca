package org.talkstracker.profile;

import org.springframework.data.domain.PageRequest;

/**
 * Which page of each of its lists a profile shows, each counted from 1 (a person's page
 * has no proposals or memoranda).
 */
record ProfilePages(int rounds, int proposals, int memoranda, int statements) {

	/** Entries of each list on a page. */
	static final int SIZE = 20;

	static PageRequest request(int page) {
		return PageRequest.of(page - 1, SIZE);
	}

}
