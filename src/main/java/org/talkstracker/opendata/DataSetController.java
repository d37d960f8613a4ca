package org.talkstracker.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.talkstracker.citation.CitationFormat;
import org.talkstracker.datafile.DataFileWriter;
import org.talkstracker.process.PeaceProcessRepository;
import org.talkstracker.search.RoundFilter;
import org.talkstracker.search.RoundFilterForm;
import org.talkstracker.search.RoundSelections;
import org.talkstracker.web.DataLicence;
import org.talkstracker.web.JsonLd;

/**
 * The whole published data set to download, as CSV tables and as one data file, with the
 * rounds list's filters; {@link DataSetDownloads} sends them.
 */
@Controller
class DataSetController {

	private static final MediaType ZIP = new MediaType("application", "zip");

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final RoundSelections selections;

	private final DataSetCsv csv;

	private final DataFileWriter dataFiles;

	private final DataSetDownloads downloads;

	private final DataPackageWriter dataPackage;

	private final PopoloWriter popolo;

	private final DataLicence licence;

	private final MessageSource messages;

	private final DataSetReleases releases;

	private final PeaceProcessRepository processes;

	DataSetController(RoundSelections selections, DataSetCsv csv, DataFileWriter dataFiles, DataSetDownloads downloads,
			DataPackageWriter dataPackage, PopoloWriter popolo, DataLicence licence, MessageSource messages,
			DataSetReleases releases, PeaceProcessRepository processes) {
		this.releases = releases;
		this.processes = processes;
		this.popolo = popolo;
		this.messages = messages;
		this.licence = licence;
		this.selections = selections;
		this.csv = csv;
		this.dataFiles = dataFiles;
		this.downloads = downloads;
		this.dataPackage = dataPackage;
	}

	/** What the data set holds, its licence, how to cite it, and its downloads. */
	@GetMapping("/data")
	String page(Model model) {
		model.addAttribute("tables", DataPackageTables.TABLES);
		model.addAttribute("processes", this.processes.findAll(Sort.by("name")));
		model.addAttribute("licence", this.licence);
		List<DataSetRelease> releases = this.releases.all();
		String version = releases.isEmpty() ? null : releases.get(0).version();
		String site = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		model.addAttribute("releases", releases);
		model.addAttribute("latest", releases.isEmpty() ? null : releases.get(0));
		model.addAttribute("formats", CitationFormat.values());
		model.addAttribute("address", site + "/data");
		model.addAttribute("retrieved", LocalDate.now(ZoneOffset.UTC));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("jsonLd",
				JsonLd.script(DataSetJsonLd.dataset(this.messages.getMessage("data.dataset.name", null, locale),
						this.messages.getMessage("data.lead", null, locale), site, version,
						this.dataPackage.temporalCoverage(), this.licence)));
		return "opendata/data";
	}

	/** The descriptor of the flat CSV files, which sits beside them. */
	@GetMapping(CsvFilesDescriptor.PATH)
	ResponseEntity<Map<String, Object>> csvDescriptor() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(CsvFilesDescriptor.descriptor(this.licence));
	}

	/** The people, parties and delegation seats in the Popolo specification's terms. */
	@GetMapping("/data/popolo.json")
	void popolo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.downloads.send(request, response, "talks-tracker-popolo.json", MediaType.APPLICATION_JSON, true,
				(out) -> this.popolo.write(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(), out));
	}

	/**
	 * The whole data set as a tabular data package: one CSV per table and its descriptor.
	 */
	@GetMapping("/data/talks-tracker-datapackage.zip")
	void dataPackage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.downloads.sendWhole(request, response, "talks-tracker-datapackage.zip", ZIP,
				(out, version) -> this.dataPackage.writeCurrent(version, out));
	}

	@GetMapping("/data/rounds.csv")
	void rounds(@Valid @ModelAttribute RoundFilterForm form, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		sendSelected(form, request, response, "talks-tracker-rounds.csv", CSV,
				(filter, out) -> this.csv.rounds(select(filter), writer(out)));
	}

	@GetMapping("/data/exchanges.csv")
	void exchanges(@Valid @ModelAttribute RoundFilterForm form, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		sendSelected(form, request, response, "talks-tracker-exchanges.csv", CSV,
				(filter, out) -> this.csv.exchanges(select(filter), writer(out)));
	}

	@GetMapping("/data/memoranda.csv")
	void memoranda(@Valid @ModelAttribute RoundFilterForm form, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		sendSelected(form, request, response, "talks-tracker-memoranda.csv", CSV,
				(filter, out) -> this.csv.memoranda(select(filter), filter.isEmpty(), writer(out)));
	}

	@GetMapping("/data/talks-tracker.json")
	void dataFile(@Valid @ModelAttribute RoundFilterForm form, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		sendSelected(form, request, response, "talks-tracker.json", MediaType.APPLICATION_JSON,
				(filter, out) -> this.dataFiles.write(filter.isEmpty() ? DataFileWriter.Selection.everything()
						: DataFileWriter.Selection.rounds(this.selections.roundIds(filter)), out));
	}

	/**
	 * Sends what the body writes of the rounds the request's filters select: with no
	 * filter, the whole data set, kept and sent again.
	 */
	private void sendSelected(RoundFilterForm form, HttpServletRequest request, HttpServletResponse response,
			String filename, MediaType type, SelectedDownload body) throws IOException {
		RoundFilter filter = this.selections.filter(form);
		this.downloads.send(request, response, filename, type, filter.isEmpty(), (out) -> body.writeTo(filter, out));
	}

	/**
	 * Every published round, or those the filter selects as the rounds list finds them;
	 * resolved on the download's turn, as it reads the database like the download itself.
	 */
	private SelectedRounds select(RoundFilter filter) {
		return filter.isEmpty() ? SelectedRounds.ALL : SelectedRounds.of(this.selections.roundIds(filter));
	}

	/**
	 * Text for the response, buffered by the CSV writer; flushed by it, never closed
	 * here, so a failure cannot end the file cleanly.
	 */
	private static Writer writer(OutputStream out) {
		return new OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

	/** Writes one download of the rounds a filter selects. */
	@FunctionalInterface
	private interface SelectedDownload {

		void writeTo(RoundFilter filter, OutputStream out) throws IOException;

	}

}
