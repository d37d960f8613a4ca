package org.talkstracker.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.talkstracker.citation.CitationFormat;
import org.talkstracker.citation.CitedRelease;
import org.talkstracker.web.NotFoundException;

/**
 * The releases of the data set: each one's page (its files with their SHA-256, what
 * changed, how to cite it), its codebook, its package and the files in it, byte for byte
 * as cut, and its citation in four formats. {@code /data/releases/latest/…} stays the
 * address of the latest release's, whichever that is.
 */
@Controller
class DataSetReleaseController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A release's address: its number, so {@code latest} is never taken for one. */
	private static final String RELEASE = "/data/releases/{version:\\d+\\.\\d+\\.\\d+}";

	private static final String PACKAGE = DataPackageWriter.NAME + "-datapackage.zip";

	private final DataSetReleases releases;

	private final ReleasedPackages packages;

	private final MessageSource messages;

	private final Clock clock;

	DataSetReleaseController(DataSetReleases releases, ReleasedPackages packages, MessageSource messages, Clock clock) {
		this.releases = releases;
		this.packages = packages;
		this.messages = messages;
		this.clock = clock;
	}

	/** The latest release's page or file, at an address that never changes. */
	@GetMapping({ "/data/releases/latest", "/data/releases/latest/{*file}" })
	String latest(@PathVariable(required = false) String file) {
		DataSetRelease latest = this.releases.latest()
			.orElseThrow(() -> new NotFoundException("No release of the data set has been cut"));
		return "redirect:/data/releases/" + latest.version() + ((file != null) ? file : "");
	}

	@GetMapping(RELEASE)
	String show(@PathVariable String version, Model model) {
		DataSetRelease release = release(version);
		model.addAttribute("release", release);
		model.addAttribute("formats", CitationFormat.values());
		model.addAttribute("citation", CitationFormat.TEXT.render(cited(release)));
		return "opendata/release";
	}

	@GetMapping(RELEASE + "/codebook")
	String codebook(@PathVariable String version, Model model) {
		DataSetRelease release = release(version);
		String descriptor = this.releases.descriptor(version).orElseThrow();
		model.addAttribute("release", release);
		model.addAttribute("codebook", Codebook.of(JSON.readTree(descriptor)));
		return "opendata/codebook";
	}

	@GetMapping(RELEASE + "/" + PACKAGE)
	void dataPackage(@PathVariable String version, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		DataSetRelease release = release(version);
		if (new ServletWebRequest(request, response).checkNotModified("\"" + release.packageSha256() + "\"")) {
			return;
		}
		Path file = this.packages.file(release);
		headers(response, release.packageFilename(), "application/zip");
		response.setContentLengthLong(Files.size(file));
		Files.copy(file, response.getOutputStream());
	}

	/** A file of the release's package (a table, the descriptor, the codebook). */
	@GetMapping(RELEASE + "/{file:(?!cite\\.)[a-z_]+\\.(?:csv|json|md)}")
	void fileInPackage(@PathVariable String version, @PathVariable String file, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		DataSetRelease release = release(version);
		DataSetRelease.ReleasedFile listed = release.files()
			.stream()
			.filter((candidate) -> candidate.path().equals(file))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Release " + version + " has no file " + file));
		if (new ServletWebRequest(request, response).checkNotModified("\"" + listed.sha256() + "\"")) {
			return;
		}
		try (ZipFile zip = new ZipFile(this.packages.file(release).toFile(), StandardCharsets.UTF_8)) {
			ZipEntry entry = zip.getEntry(file);
			String type = file.endsWith(".csv") ? "text/csv;charset=UTF-8"
					: file.endsWith(".md") ? "text/markdown;charset=UTF-8" : MediaType.APPLICATION_JSON_VALUE;
			headers(response, file.replaceFirst("\\.", "-" + version + "."), type);
			response.setContentLengthLong(entry.getSize());
			try (InputStream in = zip.getInputStream(entry)) {
				in.transferTo(response.getOutputStream());
			}
		}
	}

	@GetMapping(RELEASE + "/cite.{format}")
	ResponseEntity<String> cite(@PathVariable String version, @PathVariable String format) {
		CitationFormat citationFormat = CitationFormat.forExtension(format)
			.orElseThrow(() -> new NotFoundException("No citation format " + format));
		DataSetRelease release = release(version);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(citationFormat.mediaType()))
			.header(HttpHeaders.LINK, "<" + address(release) + ">; rel=\"cite-as\"")
			.body(citationFormat.render(cited(release)));
	}

	private DataSetRelease release(String version) {
		return this.releases.find(version)
			.orElseThrow(() -> new NotFoundException("No release " + version + " of the data set"));
	}

	private CitedRelease cited(DataSetRelease release) {
		Locale locale = LocaleContextHolder.getLocale();
		return CitedRelease.dataSet(this.messages.getMessage("site.name", null, locale),
				this.messages.getMessage("data.dataset.name", null, locale), release.version(),
				LocalDate.ofInstant(release.releasedAt(), this.clock.getZone()), URI.create(address(release)),
				LocalDate.now(this.clock));
	}

	private static String address(DataSetRelease release) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/data/releases/{version}")
			.buildAndExpand(release.version())
			.toUriString();
	}

	/** A file that never changes: cached for a year, and named after its release. */
	private static void headers(HttpServletResponse response, String filename, String type) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable().getHeaderValue());
	}

}
