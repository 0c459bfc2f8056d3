package org.vanban.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the places a document is cited into one {@link Citation} per distinct document. A short
 * citation ("Kế hoạch số 14-KH/TU") resolves to the first full one: every field comes from the
 * first mention that prints it, so a date or issuer printed only later is not lost.
 */
public final class CitationResolver {
    private CitationResolver() {}

    public static List<Citation> resolve(List<CitationFinder.Found> found) {
        Map<String, List<CitationFinder.Found>> groups = new LinkedHashMap<>();
        for (CitationFinder.Found f : found) {
            groups.computeIfAbsent(identity(f), k -> new ArrayList<>()).add(f);
        }
        List<Citation> citations = new ArrayList<>();
        for (List<CitationFinder.Found> group : groups.values()) {
            String type = null;
            String number = null;
            String date = null;
            String issuer = null;
            String name = null;
            List<Mention> mentions = new ArrayList<>();
            for (CitationFinder.Found f : group) {
                type = type != null ? type : f.type();
                number = number != null ? number : f.number() == null ? null : f.number().canonical();
                date = date != null ? date : f.date();
                issuer = issuer != null ? issuer : f.issuer();
                name = name != null ? name : f.name();
                mentions.add(f.mention());
            }
            citations.add(new Citation(type, number, date, issuer, name, mentions));
        }
        return citations;
    }

    /** Same number, or for documents cited by name the same name without its year. */
    static String identity(CitationFinder.Found f) {
        if (f.number() != null) {
            return "#" + f.number().canonical();
        }
        return "@" + VietnameseKeys.key(f.name()).replaceAll("\\s+năm\\s+\\d{4}$", "");
    }
}
