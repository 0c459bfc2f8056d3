package org.vanban.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place the index asks what a document symbol's canonical form is, so that index terms and
 * query terms are made by the same rule as the numbers {@code extract} writes into a Directive.
 *
 * <p>Interim rule until the extraction package's number parser is merged: spaces around separators
 * dropped, upper case. The body is replaced by a call to that parser; callers do not change.
 */
public final class DocumentSymbols {
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\p{L}0-9/.-])\\d{1,6}(?:\\s*/\\s*(?:19|20)\\d\\d)?\\s*[/-]\\s*\\p{L}[\\p{L}0-9&.]*(?:\\s*[-/]\\s*[\\p{L}0-9&.]+)*");

    private static final Pattern PARTY = Pattern.compile("(\\d+)[-/](\\p{L}+)[-/](TW|TU|HU|QU|ĐU|ĐUK)");

    private DocumentSymbols() {}

    /** A symbol found in free text: where it stands and its canonical form. */
    public record Found(int start, int end, String canonical) {}

    /** The canonical form of a printed symbol ("12 - ct/tw" → "12-CT/TW"), empty when it is not one. */
    public static Optional<String> canonical(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String strip = printed.strip();
        Matcher m = SYMBOL.matcher(strip);
        if (!m.matches()) {
            return Optional.empty();
        }
        String squeezed = strip.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        // Party documents are numbered N-TYPE/ORGAN ("12-CT/TW"); "12/CT-TW" is the same symbol.
        Matcher party = PARTY.matcher(squeezed);
        if (party.matches()) {
            return Optional.of(party.group(1) + "-" + party.group(2) + "/" + party.group(3));
        }
        return Optional.of(squeezed);
    }

    /** Every symbol in {@code text}, in order. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && text.charAt(end - 1) == '.') {
                end--;
            }
            String printed = text.substring(m.start(), end);
            canonical(printed).ifPresent(c -> found.add(new Found(m.start(), m.start() + printed.length(), c)));
        }
        return found;
    }
}
