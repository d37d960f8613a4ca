package org.talkstracker.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Where {@link DatabaseOutageFilter} sends a request the database could not serve. */
@Controller
class UnavailablePage {

	@RequestMapping(DatabaseOutageFilter.PAGE)
	String show(HttpServletResponse response) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		return "error/503";
	}

}
