package org.vanban.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as the index stores them: yyyymmdd integers, from the ISO strings extraction produces. */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern VIETNAMESE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private Dates() {}

    /** "2024-03-15" → 20240315, "2024-03" → 20240301 (a month stands for its first day), else empty. */
    public static OptionalInt value(String isoDate) {
        if (isoDate == null) {
            return OptionalInt.empty();
        }
        Matcher m = ISO.matcher(isoDate.strip());
        if (!m.matches() || m.group(2) == null) {
            return OptionalInt.empty();
        }
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        return OptionalInt.of(Integer.parseInt(m.group(1)) * 10000 + Integer.parseInt(m.group(2)) * 100 + day);
    }

    /** The year of an ISO date or month, else empty. */
    public static OptionalInt year(String isoDate) {
        if (isoDate == null || isoDate.length() < 4 || !ISO.matcher(isoDate.strip()).matches()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(isoDate.strip().substring(0, 4)));
    }

    /**
     * The first day a date option covers: "2024" → 2024-01-01, "2024-03" → 2024-03-01,
     * "2024-03-15" or "15/3/2024" → that day.
     */
    public static LocalDate startOf(String option) {
        return parse(option, false);
    }

    /** The last day a date option covers: "2024" → 2024-12-31, "2024-03" → 2024-03-31. */
    public static LocalDate endOf(String option) {
        return parse(option, true);
    }

    public static int toValue(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static LocalDate parse(String option, boolean end) {
        String s = option.strip();
        Matcher v = VIETNAMESE.matcher(s);
        try {
            if (v.matches()) {
                return LocalDate.of(Integer.parseInt(v.group(3)), Integer.parseInt(v.group(2)), Integer.parseInt(v.group(1)));
            }
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
                }
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
                if (m.group(3) == null) {
                    return end ? month.atEndOfMonth() : month.atDay(1);
                }
                return month.atDay(Integer.parseInt(m.group(3)));
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a date: '" + option + "' (" + e.getMessage() + ")");
        }
        throw new IllegalArgumentException("not a date: '" + option + "' (use 2024, 2024-03, 2024-03-15 or 15/3/2024)");
    }
}
