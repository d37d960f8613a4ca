package org.talkstracker.account;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.account.AccountService.PasswordChange;

/** Every signed-in user changes their own password here; their other sessions end. */
@Controller
class PasswordController {

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/password")
	String form(Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return "account/admin/password";
	}

	@PostMapping("/admin/password")
	String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		Passwords.rejectIfTooLong(form.newPassword(), "newPassword", result);
		if (form.newPassword() != null && !form.newPassword().equals(form.repeatedPassword())) {
			result.rejectValue("repeatedPassword", "admin.password.mismatch");
		}
		if (!result.hasErrors()) {
			PasswordChange change = this.accounts.changeOwnPassword(principal.getName(), request.getRemoteAddr(),
					request.getSession().getId(), form.currentPassword(), form.newPassword());
			if (change == PasswordChange.WRONG_PASSWORD) {
				result.rejectValue("currentPassword", "admin.password.wrong");
			}
			else if (change == PasswordChange.REFUSED_FOR_NOW) {
				result.rejectValue("currentPassword", "admin.password.locked");
			}
		}
		if (result.hasErrors()) {
			return "account/admin/password";
		}
		redirect.addFlashAttribute("notice", "admin.password.changed");
		return "redirect:/admin";
	}

}
