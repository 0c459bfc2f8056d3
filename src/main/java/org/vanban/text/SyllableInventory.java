package org.vanban.text;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells well-formed Vietnamese syllables from noise by the rules of the orthography rather than a word list,
 * so rare but correct syllables pass and OCR damage such as "hién", "cia", "Thyec" or "s6" does not:
 * <ul>
 *   <li>c before a, o, u…; k before e, ê, i, y; q only as "qu";</li>
 *   <li>gh and ngh before e, ê, i; g and ng elsewhere;</li>
 *   <li>each vowel takes only its own codas (ch/nh after a, ê, i; ng/c never after ê or i; y only after a, â…);</li>
 *   <li>ă and â, and the diphthongs iê, yê, uô, ươ, need a coda; ia, ya, ua, ưa never take one;</li>
 *   <li>stop codas p, t, c, ch carry only sắc or nặng;</li>
 *   <li>the tone sits on the nucleus (either vowel of open oa, oe, uy: "hoà" and "hòa" are both accepted).</li>
 * </ul>
 * Proper names and loanwords written in Vietnamese syllables pass; foreign words and abbreviations do not.
 */
public final class SyllableInventory {
    /** The codas each nucleus can take ("" = open syllable). */
    private static final Map<String, Set<String>> CODAS_BY_NUCLEUS = Map.ofEntries(
            Map.entry("a", Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y")),
            Map.entry("ă", Set.of("c", "m", "n", "ng", "p", "t")),
            Map.entry("â", Set.of("c", "m", "n", "ng", "p", "t", "u", "y")),
            Map.entry("e", Set.of("", "c", "m", "n", "ng", "p", "t", "o")),
            Map.entry("ê", Set.of("", "ch", "m", "n", "nh", "p", "t", "u")),
            Map.entry("i", Set.of("", "ch", "m", "n", "nh", "p", "t", "u")),
            Map.entry("y", Set.of("", "ch", "n", "nh", "p", "t", "u")),
            Map.entry("o", Set.of("", "c", "m", "n", "ng", "p", "t", "i")),
            Map.entry("ô", Set.of("", "c", "m", "n", "ng", "p", "t", "i")),
            Map.entry("ơ", Set.of("", "m", "n", "p", "t", "i")),
            Map.entry("u", Set.of("", "c", "m", "n", "ng", "p", "t", "i")),
            Map.entry("ư", Set.of("", "c", "m", "n", "ng", "t", "i", "u")),
            Map.entry("ia", Set.of("")),
            Map.entry("ya", Set.of("")),
            Map.entry("ua", Set.of("")),
            Map.entry("ưa", Set.of("")),
            Map.entry("iê", Set.of("c", "m", "n", "ng", "p", "t", "u")),
            Map.entry("yê", Set.of("c", "m", "n", "ng", "p", "t", "u")),
            Map.entry("uô", Set.of("c", "m", "n", "ng", "t", "i")),
            Map.entry("ươ", Set.of("c", "m", "n", "ng", "p", "t", "i", "u")),
            Map.entry("oo", Set.of("c", "ng")));
    /** Nuclei that may follow each glide; q + u takes a wider set ("qua", "quê", "quốc", "quy", "qui"). */
    private static final Set<String> AFTER_GLIDE_O = Set.of("a", "ă", "e");
    private static final Set<String> AFTER_GLIDE_U = Set.of("â", "ê", "y", "ơ", "ya", "yê");
    private static final Set<String> AFTER_QU = Set.of("a", "ă", "â", "e", "ê", "i", "y", "ô", "ơ", "yê", "ya");
    private static final Set<String> STOPS = Set.of("p", "t", "c", "ch");

    private SyllableInventory() {}

    /**
     * Answers already given, by token. Text repeats a few thousand syllables endlessly, and parsing one
     * (NFD decomposition, onset and rhyme split) was the largest single cost of indexing a text file.
     * Bounded: once full, new tokens are parsed every time rather than remembered.
     */
    private static final ConcurrentHashMap<String, Boolean> VALID = new ConcurrentHashMap<>();
    private static final int VALID_CACHE_LIMIT = 100_000;
    /** Longer tokens are never one syllable ("nghiêng" in NFD with its marks is 9 characters). */
    private static final int MAX_CACHED_LENGTH = 16;

    /** True when the token (any case, NFC or NFD) is one well-formed Vietnamese syllable. */
    public static boolean isValid(CharSequence token) {
        if (token.length() > MAX_CACHED_LENGTH) {
            return parse(token).isPresent();
        }
        String key = token.toString();
        Boolean known = VALID.get(key);
        if (known != null) {
            return known;
        }
        boolean valid = parse(key).isPresent();
        if (VALID.size() < VALID_CACHE_LIMIT) {
            VALID.put(key, valid);
        }
        return valid;
    }

    /** The syllable when the token is a well-formed Vietnamese syllable, else empty. */
    public static Optional<Syllable> parse(CharSequence token) {
        return Syllable.parse(token).filter(SyllableInventory::isWellFormed);
    }

    /** True when the parts of the syllable may combine under Vietnamese spelling rules. */
    public static boolean isWellFormed(Syllable s) {
        String onset = s.onset();
        String glide = s.glide();
        String nucleus = s.nucleus();
        String coda = s.coda();
        Set<String> codas = CODAS_BY_NUCLEUS.get(nucleus);
        if (codas == null || !codas.contains(coda)) {
            return false;
        }
        if (!glide.isEmpty() && !glideFits(onset, glide, nucleus)) {
            return false;
        }
        if (glide.isEmpty() && nucleus.equals("y") && !coda.isEmpty()) {
            return false; // y takes a coda only as the u-y rhyme: "tuyn", "huých", "khuỷu"
        }
        if ((nucleus.equals("ya") || nucleus.equals("yê")) && !onset.isEmpty() && glide.isEmpty()) {
            return false; // after a consonant the diphthong is written iê/ia: "tiên", "mía"; "yê" only in "yên", "uyên"
        }
        if (nucleus.equals("ya") && glide.isEmpty()) {
            return false; // "ya" only closes "khuya"
        }
        if ((nucleus.equals("iê") || nucleus.equals("ia")) && !glide.isEmpty()) {
            return false;
        }
        if (!onsetFits(onset, glide, nucleus)) {
            return false;
        }
        if (STOPS.contains(coda) && s.tone() != Tone.SAC && s.tone() != Tone.NANG) {
            return false;
        }
        return true;
    }

    private static boolean glideFits(String onset, String glide, String nucleus) {
        if (glide.equals("o")) {
            return AFTER_GLIDE_O.contains(nucleus) && !onset.equals("gi");
        }
        return onset.equals("q") ? AFTER_QU.contains(nucleus) : AFTER_GLIDE_U.contains(nucleus) && !onset.equals("gi");
    }

    private static boolean onsetFits(String onset, String glide, String nucleus) {
        boolean front = glide.isEmpty() && isFront(nucleus);
        return switch (onset) {
            case "c" -> glide.isEmpty() && !isFront(nucleus);
            case "k" -> front;
            case "gh", "ngh" -> front;
            case "g", "ng" -> !front;
            case "q" -> glide.equals("u");
            case "gi" -> glide.isEmpty();
            default -> true;
        };
    }

    /** Front vowels, which take k, gh and ngh instead of c, g and ng. */
    private static boolean isFront(String nucleus) {
        char first = nucleus.charAt(0);
        return first == 'e' || first == 'ê' || first == 'i' || first == 'y';
    }

    /**
     * True when the tone mark sits where Vietnamese puts it: on the hatted or horned vowel of a diphthong, on
     * the first vowel of ia/ua/ưa, and on either vowel of an open oa/oe/uy (old and new style both occur).
     */
    static boolean toneFits(Syllable s, String written, int toneIndex) {
        int rhymeStart = s.sharesGiVowel() ? 1 : s.onset().length();
        if (!written.equals(s.toneless())) {
            return false;
        }
        int nucleusStart = rhymeStart + s.glide().length();
        int expected = switch (s.nucleus()) {
            case "iê", "yê", "uô", "ươ" -> nucleusStart + 1;
            default -> nucleusStart;
        };
        if (toneIndex == expected) {
            return true;
        }
        if (s.nucleus().equals("oo")) {
            return toneIndex == nucleusStart + 1;
        }
        boolean openWithGlide = !s.glide().isEmpty() && s.coda().isEmpty() && !s.onset().equals("q");
        return openWithGlide && toneIndex == rhymeStart;
    }
}
