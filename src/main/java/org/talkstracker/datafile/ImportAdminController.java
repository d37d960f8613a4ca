package org.talkstracker.datafile;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.web.BusyException;

/**
 * Editors upload a data file: a dry run first, to see what it would do, then the import
 * itself.
 */
@Controller
class ImportAdminController {

	private static final Logger logger = LoggerFactory.getLogger(ImportAdminController.class);

	private final BulkImport imports;

	ImportAdminController(BulkImport imports) {
		this.imports = imports;
	}

	@GetMapping("/admin/import")
	String form() {
		return "datafile/admin/import";
	}

	/**
	 * The multipart body is read from a temporary file as it is imported, never held
	 * whole as bytes.
	 */
	@PostMapping("/admin/import")
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "dry-run") String mode, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "admin.import.noFile");
			return "datafile/admin/import";
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
		try (InputStream input = file.getInputStream()) {
			model.addAttribute("report",
					"import".equals(mode) ? this.imports.run(name, input) : this.imports.dryRun(name, input));
		}
		catch (FieldRefusedException ex) {
			// A file that changes a published round needs a public note for its release.
			model.addAttribute("problem", "release.note.requiredForImport");
			return "datafile/admin/import";
		}
		model.addAttribute("fileName", name);
		return "datafile/admin/import";
	}

	/**
	 * Another import is running (imports take turns): the editor stays on the form, asked
	 * to try again.
	 */
	@ExceptionHandler(BusyException.class)
	String busy(BusyException ex, Model model, HttpServletResponse response) {
		logger.info("Import refused, busy: {}", ex.getMessage());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()));
		model.addAttribute("problem", "admin.import.busy");
		return "datafile/admin/import";
	}

}
