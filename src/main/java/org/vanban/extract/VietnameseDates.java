package org.vanban.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Vietnamese documents print them: "ngày 17 tháng 02 năm 2022", "ngày 05/01/2022",
 * "10/8/2022", "30 tháng 4 năm 2025", "01-10-1997", and the draft form with the day left blank
 * ("ngày      tháng 3 năm 2024", giving "2024-03"). Matching runs on the folded text, so OCR that
 * drops the tone marks ("thang", "nam") and line breaks inside a date are tolerated.
 */
public final class VietnameseDates {
    /** A date found in a text: ISO "2022-02-17", or "2024-03" when the day is blank. */
    public record FoundDate(String iso, Span span) {
        public FoundDate {
            java.util.Objects.requireNonNull(iso, "iso");
            java.util.Objects.requireNonNull(span, "span");
        }
    }

    /** "tháng" may come out of OCR with another vowel ("thúng"): the digits and "năm" around it anchor it. */
    private static final Pattern WORDS = Pattern.compile(
            "(?:(ngay)\\s*(\\d{1,2}|[ ._…\\t]*)\\s*|(?<![0-9])(\\d{1,2})\\s+)th\\p{L}ng\\s*(\\d{1,2})\\s*" + "(?:,\\s*)?nam\\s*(\\d{4})(?![0-9])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?:(ngay)\\s*)?(?<![0-9/.-])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\3\\s*(\\d{4})(?![0-9])");

    private VietnameseDates() {}

    /** Every date in {@code text} between {@code from} and {@code to}, in order. */
    public static List<FoundDate> find(String text, int from, int to) {
        return find(VietnameseKeys.fold(text), text, from, to);
    }

    /** As {@link #find(String, int, int)} with the folded text already computed. */
    static List<FoundDate> find(String folded, String text, int from, int to) {
        List<FoundDate> found = new ArrayList<>();
        Matcher w = WORDS.matcher(folded).region(from, to);
        while (w.find()) {
            String day = w.group(2) != null ? w.group(2) : w.group(3);
            iso(day, w.group(4), w.group(5)).ifPresent(iso -> found.add(new FoundDate(iso, new Span(w.start(), w.end()))));
        }
        Matcher n = NUMERIC.matcher(folded).region(from, to);
        while (n.find()) {
            Span span = new Span(n.start(), n.end());
            if (found.stream().noneMatch(f -> overlaps(f.span(), span))) {
                iso(n.group(2), n.group(4), n.group(5)).filter(s -> s.length() == 10)
                        .ifPresent(iso -> found.add(new FoundDate(iso, span)));
            }
        }
        found.sort(java.util.Comparator.comparingInt(f -> f.span().start()));
        return found;
    }

    /** The date starting at {@code pos}, after spaces, a comma or a line break; used after a citation. */
    public static Optional<FoundDate> at(String folded, String text, int pos) {
        int i = pos;
        while (i < folded.length() && (Character.isWhitespace(folded.charAt(i)) || folded.charAt(i) == ',')) {
            i++;
        }
        if (i - pos > 6) {
            return Optional.empty();
        }
        int to = Math.min(folded.length(), i + 48);
        List<FoundDate> dates = find(folded, text, i, to);
        return dates.isEmpty() || dates.get(0).span().start() != i ? Optional.empty() : Optional.of(dates.get(0));
    }

    /** The ISO form of a whole printed date; empty when it is not one. */
    public static Optional<String> parse(String printed) {
        String p = printed.strip();
        List<FoundDate> dates = find(p, 0, p.length());
        return dates.size() == 1 && dates.get(0).span().length() == p.length()
                ? Optional.of(dates.get(0).iso()) : Optional.empty();
    }

    private static Optional<String> iso(String day, String month, String year) {
        try {
            int y = Integer.parseInt(year);
            int m = Integer.parseInt(month);
            if (y < 1900 || y > 2100) {
                return Optional.empty();
            }
            String d = day == null ? "" : day.strip().replaceAll("[._…]", "");
            if (d.isEmpty()) {
                return m >= 1 && m <= 12 ? Optional.of(String.format("%04d-%02d", y, m)) : Optional.empty();
            }
            return Optional.of(LocalDate.of(y, m, Integer.parseInt(d)).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
