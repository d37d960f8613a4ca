package org.talkstracker.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.talkstracker.datafile.DataFileWriter;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.search.RoundCondition;
import org.talkstracker.search.RoundFilter;
import org.talkstracker.search.RoundSelections;

/**
 * The whole published data set to download, as CSV tables and as one data file, with the
 * rounds list's filters; {@link DataSetDownloads} sends them.
 */
@Controller
class DataSetController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final RoundSelections selections;

	private final DataSetCsv csv;

	private final DataFileWriter dataFiles;

	private final DataSetDownloads downloads;

	DataSetController(RoundSelections selections, DataSetCsv csv, DataFileWriter dataFiles,
			DataSetDownloads downloads) {
		this.selections = selections;
		this.csv = csv;
		this.dataFiles = dataFiles;
		this.downloads = downloads;
	}

	@GetMapping("/data/rounds.csv")
	void rounds(@RequestParam(required = false) @Size(max = 120) String process,
			@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
			@RequestParam(required = false) RoundStatus status,
			@RequestParam(required = false) @Size(max = 120) String party,
			@RequestParam(required = false) @Size(max = 200) String venue,
			@RequestParam(required = false) @Size(max = 200) String q, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		RoundFilter filter = this.selections.filter(process, year, status, party, venue, q, null);
		RoundCondition selection = this.selections.condition(filter);
		this.downloads.send(request, response, "talks-tracker-rounds.csv", CSV, filter.isEmpty(),
				(out) -> this.csv.rounds(selection, writer(out)));
	}

	@GetMapping("/data/exchanges.csv")
	void exchanges(@RequestParam(required = false) @Size(max = 120) String process,
			@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
			@RequestParam(required = false) RoundStatus status,
			@RequestParam(required = false) @Size(max = 120) String party,
			@RequestParam(required = false) @Size(max = 200) String venue,
			@RequestParam(required = false) @Size(max = 200) String q, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		RoundFilter filter = this.selections.filter(process, year, status, party, venue, q, null);
		RoundCondition selection = this.selections.condition(filter);
		this.downloads.send(request, response, "talks-tracker-exchanges.csv", CSV, filter.isEmpty(),
				(out) -> this.csv.exchanges(selection, writer(out)));
	}

	@GetMapping("/data/memoranda.csv")
	void memoranda(@RequestParam(required = false) @Size(max = 120) String process,
			@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
			@RequestParam(required = false) RoundStatus status,
			@RequestParam(required = false) @Size(max = 120) String party,
			@RequestParam(required = false) @Size(max = 200) String venue,
			@RequestParam(required = false) @Size(max = 200) String q, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		RoundFilter filter = this.selections.filter(process, year, status, party, venue, q, null);
		RoundCondition selection = this.selections.condition(filter);
		this.downloads.send(request, response, "talks-tracker-memoranda.csv", CSV, filter.isEmpty(),
				(out) -> this.csv.memoranda(selection, filter.isEmpty(), writer(out)));
	}

	@GetMapping("/data/talks-tracker.json")
	void dataFile(@RequestParam(required = false) @Size(max = 120) String process,
			@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
			@RequestParam(required = false) RoundStatus status,
			@RequestParam(required = false) @Size(max = 120) String party,
			@RequestParam(required = false) @Size(max = 200) String venue,
			@RequestParam(required = false) @Size(max = 200) String q, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		RoundFilter filter = this.selections.filter(process, year, status, party, venue, q, null);
		RoundCondition condition = this.selections.condition(filter);
		DataFileWriter.Selection selection = filter.isEmpty() ? DataFileWriter.Selection.everything()
				: DataFileWriter.Selection.matching(condition.sql(), condition.parameters());
		this.downloads.send(request, response, "talks-tracker.json", MediaType.APPLICATION_JSON, filter.isEmpty(),
				(out) -> this.dataFiles.write(selection, out));
	}

	/**
	 * Text for the response, buffered by the CSV writer; flushed by it, never closed
	 * here, so a failure cannot end the file cleanly.
	 */
	private static Writer writer(OutputStream out) {
		return new OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

}
