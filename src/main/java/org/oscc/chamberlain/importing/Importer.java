package org.oscc.chamberlain.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * One kind of spreadsheet import (members, contributions, pledges), as the import wizard and the {@code chamberlain
 * import} commands drive it: the fields, a preview of the file, the column mapping (remembered for the same headers,
 * else guessed), a dry run that writes nothing and names every problem by row and column, an all-or-nothing commit
 * recorded as one import batch, and its undo.
 *
 * @param <R> what one valid row becomes
 */
public interface Importer<R> {

    /** What this import brings in, as kept in the import history. */
    ImportKind kind();

    /** The fields a column can fill, in the order the wizard lists them. */
    List<ImportField> fields();

    /** The file's description, headers and first rows; refuses files that are not readable spreadsheets. */
    default SheetPreview preview(Path file, int rows) throws InvalidInputException {
        return SpreadsheetReader.preview(file, rows);
    }

    /** The mapping remembered for files with these headers, else the one guessed from them. */
    ColumnMapping mappingFor(List<String> headers);

    /** Reads the whole file and reports what importing it would do; writes nothing. */
    default DryRun<R> dryRun(Path file, ColumnMapping mapping) throws InvalidInputException {
        return dryRun(file, mapping, rows -> { });
    }

    /** As {@link #dryRun(Path, ColumnMapping)}, telling {@code rowsRead} how far it got now and then. */
    DryRun<R> dryRun(Path file, ColumnMapping mapping, IntConsumer rowsRead) throws InvalidInputException;

    /**
     * Writes what the dry run found, with the user's duplicate choices, in one transaction recorded as an import
     * batch. Refused (nothing written) when rows are invalid and {@code skipInvalid} is false.
     */
    ImportOutcome commit(DryRun<R> run, DuplicateChoices choices, boolean skipInvalid) throws InvalidInputException;

    /** Undoes a whole import in one step; refused when later changes depend on it. */
    void undo(long batchId) throws InvalidInputException;

    /** The file name a dry run read, without the reader's description ("roster.csv"). */
    static String sourceName(DryRun<?> run) {
        String description = run.source();
        int paren = description.indexOf(" (");
        return paren > 0 ? description.substring(0, paren) : description;
    }

    /**
     * With {@code skipInvalid} the invalid rows are left out, but problems of the file as a whole (dates read both
     * ways in one column) cannot be; without it, any problem refuses the file.
     */
    static void requireImportable(DryRun<?> run, boolean skipInvalid) throws InvalidInputException {
        if (!skipInvalid) {
            run.requireNoProblems();
            return;
        }
        int rowProblems = run.invalid().stream().mapToInt(r -> r.problems().size()).sum();
        List<org.oscc.chamberlain.validation.Problem> all = run.problems();
        if (all.size() > rowProblems) {
            throw new InvalidInputException(all.subList(rowProblems, all.size()));
        }
    }
}
