package org.talkstracker.datafile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Optional;

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
import org.talkstracker.datafile.PendingImports.PendingImport;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.web.BusyException;

/**
 * Editors upload a data file: a dry run first, to see what it would do, then the import
 * itself.
 */
@Controller
class ImportAdminController {

	private static final Logger logger = LoggerFactory.getLogger(ImportAdminController.class);

	private static final String VIEW = "datafile/admin/import";

	private final BulkImport imports;

	private final PendingImports pending;

	ImportAdminController(BulkImport imports, PendingImports pending) {
		this.imports = imports;
		this.pending = pending;
	}

	@GetMapping("/admin/import")
	String form() {
		return VIEW;
	}

	/**
	 * The multipart body is read from a temporary file as it is imported, never held
	 * whole as bytes. A file whose dry run passes is kept, so that the editor can confirm
	 * its import without choosing it again.
	 */
	@PostMapping("/admin/import")
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "dry-run") String mode, Principal editor, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "admin.import.noFile");
			return VIEW;
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
		ImportReport report;
		try (InputStream input = file.getInputStream()) {
			report = "import".equals(mode) ? this.imports.run(name, input) : this.imports.dryRun(name, input);
		}
		catch (FieldRefusedException ex) {
			return noteRequired(model, null, name);
		}
		if (report.dryRun() && report.accepted()) {
			model.addAttribute("pending", this.pending.keep(editor.getName(), name, file));
		}
		return reported(report, name, model);
	}

	/** Imports the file of an earlier dry run, kept on the server under its token. */
	@PostMapping("/admin/import/confirm")
	String confirm(@RequestParam String upload, Principal editor, Model model) {
		Optional<PendingImport> kept = this.pending.find(upload, editor.getName());
		if (kept.isEmpty()) {
			model.addAttribute("problem", "admin.import.expired");
			return VIEW;
		}
		PendingImport file = kept.get();
		ImportReport report;
		try {
			report = this.imports.run(file.fileName(), new ByteArrayInputStream(file.content()));
		}
		catch (FieldRefusedException ex) {
			return noteRequired(model, upload, file.fileName());
		}
		if (report.accepted()) {
			this.pending.drop(upload);
		}
		return reported(report, file.fileName(), model);
	}

	/**
	 * A file that changes a published round needs a public note for its release; a kept
	 * file can be confirmed again with one.
	 */
	private static String noteRequired(Model model, String pending, String fileName) {
		model.addAttribute("problem", "release.note.requiredForImport");
		model.addAttribute("pending", pending);
		model.addAttribute("fileName", fileName);
		return VIEW;
	}

	private static String reported(ImportReport report, String fileName, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("fileName", fileName);
		return VIEW;
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
		return VIEW;
	}

}
