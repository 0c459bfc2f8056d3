package org.vanban.text.channel;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vanban.text.Diacritics;
import org.vanban.text.TokenType;
import org.vanban.text.VietnameseText;

/**
 * Counts token and character confusions from aligned OCR output and writes them in the {@code confusions.tsv}
 * format read by {@link ConfusionTable}.
 */
public final class ConfusionCounts {
    private final Map<String, Integer> tokens = new HashMap<>();
    private final Map<String, Integer> chars = new HashMap<>();
    private final Map<TokenPair.Kind, Integer> kinds = new EnumMap<>(TokenPair.Kind.class);
    private int implausible;

    /** Adds one aligned pair. Returns false when it was not counted (lost, split, or too far off to trust). */
    public boolean add(TokenPair pair) {
        kinds.merge(pair.kind(), 1, Integer::sum);
        if (pair.kind() == TokenPair.Kind.LOST || pair.kind() == TokenPair.Kind.SPLIT) {
            return false;
        }
        if (pair.intendedType() != TokenType.SYLLABLE && pair.intendedType() != TokenType.WORD) {
            return false;
        }
        String observed = VietnameseText.nfc(pair.observed());
        String intended = pair.intended();
        if (!plausible(observed, intended)) {
            implausible++;
            return false;
        }
        if (pair.kind() == TokenPair.Kind.ONE_TO_ONE && pair.intendedType() == TokenType.SYLLABLE
                && !observed.startsWith("c:")) {
            tokens.merge(key(observed.toLowerCase(Locale.ROOT), intended.toLowerCase(Locale.ROOT)), 1, Integer::sum);
        }
        CharAlignment a = CharAlignment.align(observed, intended);
        for (CharAlignment.Edit e : a.edits()) {
            chars.merge(key(e.observed(), e.intended()), 1, Integer::sum);
        }
        for (char c : a.matchedCharacters()) {
            chars.merge(key(String.valueOf(c), String.valueOf(c)), 1, Integer::sum);
        }
        return true;
    }

    public void addAll(List<TokenPair> pairs) {
        pairs.forEach(this::add);
    }

    /**
     * A pair is trusted when the letters without diacritics differ in at most about half the intended token:
     * "Thyec" for "Thực" and "s6" for "số" pass; a misaligned neighbour or a stray mark does not.
     */
    static boolean plausible(String observed, String intended) {
        String o = Diacritics.strip(observed).toLowerCase(Locale.ROOT);
        String t = Diacritics.strip(intended).toLowerCase(Locale.ROOT);
        return CharAlignment.align(o, t).distance() <= (t.length() + 1) / 2 + 1;
    }

    public int pairs(TokenPair.Kind kind) {
        return kinds.getOrDefault(kind, 0);
    }

    public int implausible() {
        return implausible;
    }

    public List<Confusion> tokenConfusions() {
        return sorted(tokens);
    }

    public List<Confusion> charConfusions() {
        return sorted(chars);
    }

    /**
     * Writes the table: '#' comment lines (the header), token rows {@code observed TAB intended TAB count}
     * (identity rows only when seen at least {@code minIdentity} times, to keep the file small), then character
     * rows {@code c:observed TAB intended TAB count}.
     */
    public void write(Writer out, List<String> header, int minIdentity) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        for (Confusion c : tokenConfusions()) {
            if (!c.isIdentity() || c.count() >= minIdentity) {
                out.write(c.observed() + "\t" + c.intended() + "\t" + c.count() + "\n");
            }
        }
        for (Confusion c : charConfusions()) {
            out.write("c:" + c.observed() + "\t" + c.intended() + "\t" + c.count() + "\n");
        }
    }

    private static String key(String observed, String intended) {
        return observed + "\t" + intended;
    }

    private static List<Confusion> sorted(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> {
                    int tab = e.getKey().indexOf('\t');
                    return new Confusion(e.getKey().substring(0, tab), e.getKey().substring(tab + 1), e.getValue());
                })
                .sorted(Comparator.comparing(Confusion::intended).thenComparing(Comparator.comparingInt(Confusion::count).reversed())
                        .thenComparing(Confusion::observed))
                .toList();
    }
}
