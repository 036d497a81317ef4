package org.oscc.chamberlain.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.OptionalInt;
import org.oscc.chamberlain.text.Messages;

/** Hours as people type them ("37.5", "37,5") to whole minutes and back; never through floating point. */
public final class HoursText {
    private HoursText() {
    }

    /** Minutes for a number of hours, or empty when the text is not a number of hours with whole minutes. */
    public static OptionalInt toMinutes(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            BigDecimal minutes = new BigDecimal(text.strip().replace(',', '.')).multiply(BigDecimal.valueOf(60));
            if (minutes.signum() < 0 || minutes.stripTrailingZeros().scale() > 0
                    || minutes.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(minutes.intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * "37.5" for 2250 minutes in English, "37,5" in French; "40" for 2400. Never grouped ("1200,5"), so that what a
     * field shows is read back by {@link #toMinutes} in either language.
     */
    public static String fromMinutes(int minutes) {
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        NumberFormat format = Messages.numbers(0);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(hours);
    }
}
