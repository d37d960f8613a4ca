package org.talkstracker.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where editors land after signing in: the way to every editing page. */
@Controller
class AdminHomeController {

	@GetMapping("/admin")
	String home() {
		return "account/admin/home";
	}

}
