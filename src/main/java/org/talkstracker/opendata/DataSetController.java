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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.talkstracker.datafile.DataFileWriter;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.search.RoundCondition;
import org.talkstracker.search.RoundFilter;
import org.talkstracker.search.RoundSelections;

/**
 * The whole published data set to download, as CSV tables and as one data file, with the rounds
 * list's filters. Each is streamed from a database cursor to the client as it is read; a failure
 * half-way is logged and breaks the connection, so the client sees a failed transfer rather than a
 * short file.
 */
@Controller
class DataSetController {

	private static final Logger logger = LoggerFactory.getLogger(DataSetController.class);

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final RoundSelections selections;

	private final DataSetCsv csv;

	private final DataFileWriter dataFiles;

	DataSetController(RoundSelections selections, DataSetCsv csv, DataFileWriter dataFiles) {
		this.selections = selections;
		this.csv = csv;
		this.dataFiles = dataFiles;
	}

	@GetMapping("/data/rounds.csv")
	void rounds(@RequestParam(required = false) @Size(max = 120) String process,
			@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
			@RequestParam(required = false) RoundStatus status,
			@RequestParam(required = false) @Size(max = 120) String party,
			@RequestParam(required = false) @Size(max = 200) String venue,
			@RequestParam(required = false) @Size(max = 200) String q, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		RoundCondition selection = condition(process, year, status, party, venue, q);
		stream(request, response, "talks-tracker-rounds.csv", CSV, (out) -> this.csv.rounds(selection, writer(out)));
	}

	@GetMapping("/data/exchanges.csv")
	void exchanges(@RequestParam(required = false) @Size(max = 120) String process,
			@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
			@RequestParam(required = false) RoundStatus status,
			@RequestParam(required = false) @Size(max = 120) String party,
			@RequestParam(required = false) @Size(max = 200) String venue,
			@RequestParam(required = false) @Size(max = 200) String q, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		RoundCondition selection = condition(process, year, status, party, venue, q);
		stream(request, response, "talks-tracker-exchanges.csv", CSV,
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
		stream(request, response, "talks-tracker-memoranda.csv", CSV,
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
		stream(request, response, "talks-tracker.json", MediaType.APPLICATION_JSON,
				(out) -> this.dataFiles.write(selection, out));
	}

	private RoundCondition condition(String process, Integer year, RoundStatus status, String party, String venue,
			String q) {
		return this.selections.condition(this.selections.filter(process, year, status, party, venue, q, null));
	}

	/**
	 * Writes a download as it is read, on the request's own thread: an asynchronous body would end
	 * normally, and so look complete, when the request times out half-way.
	 */
	static void stream(HttpServletRequest request, HttpServletResponse response, String filename, MediaType type,
			Download body) throws IOException {
		// An ETag would need the whole file in memory first.
		ShallowEtagHeaderFilter.disableContentCaching(request);
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		try {
			OutputStream out = response.getOutputStream();
			body.writeTo(out);
			out.flush();
		}
		catch (RuntimeException | IOException ex) {
			logger.error("The download {} failed part-way; the response is aborted", request.getRequestURI(), ex);
			// A checked exception passes the error pages by, so the server breaks the connection instead of
			// ending the file as if it were whole.
			throw new DownloadFailedException(request.getRequestURI(), ex);
		}
	}

	/** Writes one download to the response. */
	@FunctionalInterface
	interface Download {

		void writeTo(OutputStream out) throws IOException;

	}

	/** A download that broke off after part of it was sent. */
	static class DownloadFailedException extends IOException {

		DownloadFailedException(String uri, Exception cause) {
			super("The download " + uri + " failed part-way", cause);
		}

	}

	/**
	 * Text for the response, buffered by the CSV writer; flushed by it, never closed here, so a failure
	 * cannot end the file cleanly.
	 */
	private static Writer writer(OutputStream out) {
		return new OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

}
