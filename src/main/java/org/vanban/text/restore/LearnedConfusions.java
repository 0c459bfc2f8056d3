package org.vanban.text.restore;

import java.io.IOException;
import java.io.InputStream;
import org.vanban.text.channel.Confusion;
import org.vanban.text.channel.ConfusionTable;
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
 * ({@link ConfusionTable}: how often a whole token, or a piece of a word, was read as another; identity
 * rows count what was read right), turned into channel costs: {@code -log10 p(intended | observed)} plus a floor, so that even a
 * sure confusion costs something and the language model has the last word.
 */
public final class LearnedConfusions {
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

    /** The shipped table ({@link ConfusionTable#load()}). */
    public static LearnedConfusions shipped() {
        return from(ConfusionTable.load());
    }

    /** Reads a table file in the format of {@link ConfusionTable}. */
    public static LearnedConfusions read(InputStream stream) throws IOException {
        return from(ConfusionTable.read(new InputStreamReader(stream, StandardCharsets.UTF_8)));
    }

    /** Costs from the counts of a confusion table. */
    public static LearnedConfusions from(ConfusionTable table) {
        Map<String, Map<String, Integer>> tokenCounts = new HashMap<>();
        Map<String, Map<String, Integer>> pieceCounts = new HashMap<>();
        for (Confusion c : table.tokenConfusions()) {
            tokenCounts.computeIfAbsent(nfc(c.observed()).toLowerCase(Locale.ROOT), k -> new HashMap<>())
                    .merge(nfc(c.intended()).toLowerCase(Locale.ROOT), c.count(), Integer::sum);
        }
        for (Confusion c : table.charConfusions()) {
            // in skeleton space: what diacritics a piece had is the skeleton channel's business
            pieceCounts.computeIfAbsent(Skeleton.of(nfc(c.observed())), k -> new HashMap<>())
                    .merge(Skeleton.of(nfc(c.intended())), c.count(), Integer::sum);
        }
        Map<String, List<Reading>> tokens = new HashMap<>();
        tokenCounts.forEach((observed, readings) -> {
            int total = readings.values().stream().mapToInt(Integer::intValue).sum();
            List<Reading> list = new ArrayList<>();
            readings.forEach((intended, count) -> {
                if (!intended.equals(observed)) {
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
                if (!from.isBlank() && !from.equals(to) && count >= MIN_COUNT) {
                    rules.add(new RuleChannel.Rule(from, to, false, cost(count, total)));
                }
            });
        });
        return new LearnedConfusions(tokens, rules);
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
