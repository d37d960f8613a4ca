package org.talkstracker.profile;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ProfileController {

	private final PartyProfiles parties;

	private final PersonProfiles people;

	ProfileController(PartyProfiles parties, PersonProfiles people) {
		this.parties = parties;
		this.people = people;
	}

	@GetMapping("/parties/{slug}")
	String party(@PathVariable String slug, Model model) {
		model.addAttribute("profile", this.parties.of(slug));
		return "profile/party";
	}

	@GetMapping("/people/{slug}")
	String person(@PathVariable String slug, Model model) {
		model.addAttribute("profile", this.people.of(slug));
		return "profile/person";
	}

}
