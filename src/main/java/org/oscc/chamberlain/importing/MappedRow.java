package org.oscc.chamberlain.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oscc.chamberlain.text.Wording;
import org.oscc.chamberlain.validation.Problem;

/**
 * One spreadsheet row with its mapped fields already read into typed values, handed to a {@link RowMapper}.
 * A field whose cell could not be read returns null here and its problem is already recorded; the mapper adds
 * its own (cross-field) problems with {@link #problem}. A row with any problem is never imported.
 */
public final class MappedRow {
    private final int rowNumber;
    private final Map<String, Integer> fieldIndex;
    private final List<ImportField> fields;
    private final ColumnMapping mapping;
    private final SheetRow row;
    private final Object[] values;
    private final List<Problem> problems = new ArrayList<>(0);

    MappedRow(SheetRow row, List<ImportField> fields, Map<String, Integer> fieldIndex, ColumnMapping mapping) {
        this.rowNumber = row.rowNumber();
        this.row = row;
        this.fields = fields;
        this.fieldIndex = fieldIndex;
        this.mapping = mapping;
        this.values = new Object[fields.size()];
    }

    public int rowNumber() {
        return rowNumber;
    }

    /** True when a column fills this field and the cell was read to a value. */
    public boolean has(String key) {
        return values[index(key)] != null;
    }

    /** The typed value of a field (its class is listed on its {@link ValueType}), or null. */
    public Object value(String key) {
        return values[index(key)];
    }

    public String text(String key) {
        return (String) values[index(key)];
    }

    public Integer integer(String key) {
        return (Integer) values[index(key)];
    }

    public Boolean bool(String key) {
        return (Boolean) values[index(key)];
    }

    public LocalDate date(String key) {
        return (LocalDate) values[index(key)];
    }

    /** Records a problem with a field, reported under the header of the column that fills it. */
    public void problem(String key, String message) {
        String header = mapping.headerOf(key);
        problems.add(new Problem(rowNumber, header != null ? header : fields.get(index(key)).label(), message));
    }

    /** Records a problem with the row as a whole. */
    public void problem(String message) {
        problems.add(new Problem(rowNumber, "", message));
    }

    /**
     * Records a problem with a field, its reason a message key written out in the language of whoever shows it;
     * reported under the header of the column that fills it.
     */
    public void problem(String key, Wording reason) {
        String header = mapping.headerOf(key);
        problems.add(new Problem(rowNumber, key,
                header != null ? Wording.plain(header) : Wording.plain(fields.get(index(key)).shownLabel()), reason));
    }

    /** Records a problem with the row as a whole, its reason a message key. */
    public void problem(Wording reason) {
        problems.add(new Problem(rowNumber, "", Wording.plain(""), reason));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    void set(int index, Object value) {
        values[index] = value;
    }

    void addProblem(Problem problem) {
        problems.add(problem);
    }

    private int index(String key) {
        Integer i = fieldIndex.get(key);
        if (i == null) {
            throw new IllegalArgumentException("no import field \"" + key + "\"");
        }
        return i;
    }
}
