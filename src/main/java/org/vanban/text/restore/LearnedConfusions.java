package org.vanban.text.restore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OCR confusion table learned by rendering corpus text and reading it back with Tesseract
 * ({@code org/vanban/text/channel/confusions.tsv}): rows {@code observed<TAB>intended<TAB>count} for whole
 * tokens and {@code c:observed<TAB>intended<TAB>count} for pieces of words (identity rows count what was
 * read right). Turned here into costs: {@code -log10 p(intended | observed)} plus a floor, so that even a
 * sure confusion costs something and the language model has the last word.
 */
public final class LearnedConfusions {
    /** The classpath resource of the table, when the build ships one. */
    public static final String RESOURCE = "/org/vanban/text/channel/confusions.tsv";

    /** Every learned reading costs at least this (plain-profile units). */
    static final double FLOOR = 0.5;
    /** And at most this. */
    static final double CEILING = 3.0;
    /** Rows seen fewer times are noise. */
    static final int MIN_COUNT = 2;

    /** A learned reading of a whole token. */
    record Reading(String intended, double cost) {}

    private final Map<String, List<Reading>> tokens;
    private final List<RuleChannel.Rule> rules;

    private LearnedConfusions(Map<String, List<Reading>> tokens, List<RuleChannel.Rule> rules) {
        this.tokens = tokens;
        this.rules = List.copyOf(rules);
    }

    /** An empty table: no learned confusions. */
    public static LearnedConfusions none() {
        return new LearnedConfusions(Map.of(), List.of());
    }

    /** The shipped table, or an empty one when the build has none. */
    public static LearnedConfusions shipped() {
        try (InputStream in = LearnedConfusions.class.getResourceAsStream(RESOURCE)) {
            return in == null ? none() : read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public static LearnedConfusions read(InputStream stream) throws IOException {
        Map<String, Map<String, Integer>> tokenCounts = new HashMap<>();
        Map<String, Map<String, Integer>> pieceCounts = new HashMap<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) {
                continue;
            }
            int count;
            try {
                count = Integer.parseInt(cols[2].trim());
            } catch (NumberFormatException e) {
                continue;
            }
            boolean piece = cols[0].startsWith("c:");
            String observed = nfc(piece ? cols[0].substring(2) : cols[0]);
            String intended = nfc(cols[1]);
            if (piece) {
                // in skeleton space: what diacritics a piece had is the skeleton channel's business
                String from = Skeleton.of(observed);
                String to = Skeleton.of(intended);
                pieceCounts.computeIfAbsent(from, k -> new HashMap<>()).merge(to, count, Integer::sum);
            } else {
                tokenCounts.computeIfAbsent(observed.toLowerCase(Locale.ROOT), k -> new HashMap<>())
                        .merge(intended.toLowerCase(Locale.ROOT), count, Integer::sum);
            }
        }
        Map<String, List<Reading>> tokens = new HashMap<>();
        tokenCounts.forEach((observed, readings) -> {
            int total = readings.values().stream().mapToInt(Integer::intValue).sum();
            List<Reading> list = new ArrayList<>();
            readings.forEach((intended, count) -> {
                if (!intended.equals(observed) && count >= 1) {
                    list.add(new Reading(intended, cost(count, total)));
                }
            });
            if (!list.isEmpty()) {
                tokens.put(observed, List.copyOf(list));
            }
        });
        List<RuleChannel.Rule> rules = new ArrayList<>();
        pieceCounts.forEach((from, readings) -> {
            int total = readings.values().stream().mapToInt(Integer::intValue).sum();
            readings.forEach((to, count) -> {
                if (!from.isEmpty() && !from.equals(to) && count >= MIN_COUNT && !isBlankish(from)) {
                    rules.add(new RuleChannel.Rule(from, to, false, cost(count, total)));
                }
            });
        });
        return new LearnedConfusions(tokens, rules);
    }

    private static boolean isBlankish(String s) {
        return s.isBlank();
    }

    private static double cost(int count, int total) {
        return Math.min(CEILING, FLOOR - Math.log10(count / (double) total));
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Learned readings of a whole observed token (lower-case NFC); empty when none. */
    List<Reading> readings(String observed) {
        return tokens.getOrDefault(observed, List.of());
    }

    /** Learned piece rewrites, in skeleton space. */
    List<RuleChannel.Rule> rules() {
        return rules;
    }

    public int tokenEntries() {
        return tokens.size();
    }

    public int ruleCount() {
        return rules.size();
    }
}
