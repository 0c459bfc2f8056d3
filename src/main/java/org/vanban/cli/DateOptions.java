package org.vanban.cli;

import java.time.LocalDate;
import org.vanban.index.Dates;

/** Date options of the query commands, with the option named in the error. */
final class DateOptions {
    private DateOptions() {}

    static LocalDate start(String option, String value) {
        return parse(option, value, false);
    }

    static LocalDate end(String option, String value) {
        return parse(option, value, true);
    }

    private static LocalDate parse(String option, String value, boolean end) {
        if (value == null) {
            return null;
        }
        try {
            return end ? Dates.endOf(value) : Dates.startOf(value);
        } catch (IllegalArgumentException e) {
            throw new VanbanException(ExitCode.USAGE, option + ": " + e.getMessage());
        }
    }
}
