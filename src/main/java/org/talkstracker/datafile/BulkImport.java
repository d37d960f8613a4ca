package org.talkstracker.datafile;

import java.io.InputStream;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors' imports of a data file: a dry run that writes the file in a transaction rolled back
 * at the end, to list what it would create or change; and the real import, all or nothing.
 * Either way every problem of the file is reported with its JSON path.
 */
@Service
class BulkImport {

	private final DataFileImporter importer;

	private final ImportRecorder recorder;

	private final TransactionTemplate transactions;

	BulkImport(DataFileImporter importer, ImportRecorder recorder, PlatformTransactionManager transactionManager) {
		this.importer = importer;
		this.recorder = recorder;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	ImportReport dryRun(String name, InputStream input) {
		List<ImportedRecord> records = ImportRecorder.newRecording();
		try {
			DataFileImporter.ImportResult result = this.transactions.execute((status) -> {
				status.setRollbackOnly();
				return this.recorder.record(records, () -> this.importer.importFile(name, input));
			});
			return new ImportReport(true, result, records, List.of());
		}
		catch (InvalidDataFileException ex) {
			return new ImportReport(true, null, List.of(), ex.getProblems());
		}
	}

	ImportReport run(String name, InputStream input) {
		List<ImportedRecord> records = ImportRecorder.newRecording();
		try {
			DataFileImporter.ImportResult result = this.recorder.record(records,
					() -> this.importer.importFile(name, input));
			return new ImportReport(false, result, records, List.of());
		}
		catch (InvalidDataFileException ex) {
			return new ImportReport(false, null, List.of(), ex.getProblems());
		}
	}

}
