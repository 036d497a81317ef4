package org.oscc.chamberlain.cli;

import java.util.Locale;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How the import commands read --on-duplicate and --date-order: lower case, hyphenated ("day-first", "skip"). */
final class ImportOptions {
    private ImportOptions() {
    }

    /** skip, update or create. */
    static final class ChoiceConverter implements ITypeConverter<DuplicateChoice> {
        @Override
        public DuplicateChoice convert(String value) {
            try {
                return DuplicateChoice.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(Messages.get("cli.import.badChoice", value));
            }
        }
    }

    /** day-first or month-first (day_first and month_first too). */
    static final class OrderConverter implements ITypeConverter<DateOrder> {
        @Override
        public DateOrder convert(String value) {
            String key = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            if (key.equals(DateOrder.DAY_FIRST.name()) || key.equals(DateOrder.MONTH_FIRST.name())) {
                return DateOrder.valueOf(key);
            }
            throw new TypeConversionException(Messages.get("cli.import.badOrder", value));
        }
    }
}
