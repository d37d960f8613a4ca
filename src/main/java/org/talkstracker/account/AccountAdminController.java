package org.talkstracker.account;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create accounts, disable and re-enable them, and reset passwords. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private final AccountService accounts;

	AccountAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		return "account/admin/list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", AccountForm.empty());
		model.addAttribute("roles", Role.values());
		return "account/admin/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Passwords.rejectIfTooLong(form.password(), "password", result);
		if (!result.hasFieldErrors("username") && this.accounts.exists(form.username())) {
			result.rejectValue("username", "admin.accounts.taken");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.create(form.username(), form.displayName(), form.role(), form.password());
				redirect.addFlashAttribute("notice", "admin.accounts.created");
				return "redirect:/admin/accounts";
			}
			catch (DataIntegrityViolationException ex) {
				// Created by someone else meanwhile.
				result.rejectValue("username", "admin.accounts.taken");
			}
		}
		model.addAttribute("roles", Role.values());
		return "account/admin/form";
	}

	@PostMapping("/{username}/disable")
	String disable(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
		try {
			this.accounts.disable(username, principal.getName());
			redirect.addFlashAttribute("notice", "admin.accounts.disabled");
		}
		catch (AccountChangeRefusedException ex) {
			redirect.addFlashAttribute("problem", ex.getMessageKey());
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{username}/enable")
	String enable(@PathVariable String username, RedirectAttributes redirect) {
		this.accounts.enable(username);
		redirect.addFlashAttribute("notice", "admin.accounts.enabled");
		return "redirect:/admin/accounts";
	}

	@GetMapping("/{username}/password")
	String resetForm(@PathVariable String username, Model model) {
		model.addAttribute("account", this.accounts.get(username));
		model.addAttribute("form", new PasswordResetForm(null));
		return "account/admin/reset";
	}

	@PostMapping("/{username}/password")
	String reset(@PathVariable String username, @Valid @ModelAttribute("form") PasswordResetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Passwords.rejectIfTooLong(form.password(), "password", result);
		if (result.hasErrors()) {
			model.addAttribute("account", this.accounts.get(username));
			return "account/admin/reset";
		}
		this.accounts.resetPassword(username, form.password());
		redirect.addFlashAttribute("notice", "admin.accounts.reset");
		return "redirect:/admin/accounts";
	}

	@GetMapping("/{username}/name")
	String nameForm(@PathVariable String username, Model model) {
		Account account = this.accounts.get(username);
		model.addAttribute("account", account);
		model.addAttribute("form", new DisplayNameForm(account.getDisplayName()));
		return "account/admin/name";
	}

	/** Releases already made keep the name they were signed with. */
	@PostMapping("/{username}/name")
	String rename(@PathVariable String username, @Valid @ModelAttribute("form") DisplayNameForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("account", this.accounts.get(username));
			return "account/admin/name";
		}
		this.accounts.rename(username, form.displayName());
		redirect.addFlashAttribute("notice", "admin.accounts.renamed");
		return "redirect:/admin/accounts";
	}

}
