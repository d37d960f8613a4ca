package org.talkstracker.datafile;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Editors upload a data file: a dry run first, to see what it would do, then the import itself. */
@Controller
class ImportAdminController {

	private final BulkImport imports;

	ImportAdminController(BulkImport imports) {
		this.imports = imports;
	}

	@GetMapping("/admin/import")
	String form() {
		return "datafile/admin/import";
	}

	/** The multipart body is read from a temporary file as it is imported, never held whole as bytes. */
	@PostMapping("/admin/import")
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "dry-run") String mode,
			Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "admin.import.noFile");
			return "datafile/admin/import";
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
		try (InputStream input = file.getInputStream()) {
			model.addAttribute("report",
					"import".equals(mode) ? this.imports.run(name, input) : this.imports.dryRun(name, input));
		}
		model.addAttribute("fileName", name);
		return "datafile/admin/import";
	}

}
