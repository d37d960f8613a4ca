package org.talkstracker.memorandum;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.talkstracker.memorandum.MemorandumPages.ComparisonPage;

@Controller
class MemorandumController {

	private final MemorandumPages pages;

	MemorandumController(MemorandumPages pages) {
		this.pages = pages;
	}

	@GetMapping("/memoranda")
	String list(@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page, Model model) {
		Page<MemorandumListing> memoranda = this.pages.list(PageRequest.of(page - 1, MemorandumPages.PAGE_SIZE));
		model.addAttribute("memoranda", memoranda);
		model.addAttribute("choices", MemorandumPages.choices(memoranda));
		return "memorandum/list";
	}

	/**
	 * The literal segment is more specific than {@code {slug}}, so this mapping wins over
	 * a memorandum's page ({@code /memoranda/{slug}}, which its releases' controller
	 * serves, naming the release it shows).
	 */
	@GetMapping("/memoranda/compare")
	String compare(@RequestParam @NotBlank @Size(max = 120) String a, @RequestParam @NotBlank @Size(max = 120) String b,
			Model model) {
		ComparisonPage comparison = this.pages.compare(a, b);
		model.addAttribute("page", comparison);
		model.addAttribute("choices",
				this.pages.choices(comparison.comparison().first(), comparison.comparison().second()));
		model.addAttribute("a", a);
		model.addAttribute("b", b);
		return "memorandum/compare";
	}

	/**
	 * Says what went wrong and offers the form again, rather than the generic 400 page.
	 */
	@ExceptionHandler(ComparedWithItselfException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String comparedWithItself(Model model) {
		model.addAttribute("choices", this.pages.choices());
		return "memorandum/compare-itself";
	}

}
