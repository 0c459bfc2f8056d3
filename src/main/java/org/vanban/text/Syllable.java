package org.vanban.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of one written Vietnamese syllable, lower-case and without tone: onset (initial consonant),
 * glide (the medial o/u of "hoa", "thuê", "quá"), nucleus (main vowel or diphthong), coda (final consonant or
 * semivowel) and tone. "qu" is onset q plus glide u; "gi" is one onset, and in "gì", "gìn", "giếng" its i is
 * shared with the rhyme, so the nucleus is "i" or "iê" while the written word shows a single i.
 *
 * <p>The record checks that every part is a real Vietnamese part; whether the parts may combine (c/k/q,
 * gh/ngh, which codas follow which vowel, stop codas with sắc/nặng only) is {@link SyllableInventory}'s job.
 */
public record Syllable(String onset, String glide, String nucleus, String coda, Tone tone) {
    public static final Set<String> ONSETS = Set.of(
            "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
            "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x");
    public static final Set<String> GLIDES = Set.of("", "o", "u");
    public static final Set<String> NUCLEI = Set.of(
            "a", "ă", "â", "e", "ê", "i", "y", "o", "ô", "ơ", "u", "ư",
            "ia", "ya", "iê", "yê", "ua", "uô", "ưa", "ươ", "oo");
    public static final Set<String> CODAS = Set.of(
            "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u");

    /** Longest first, so that "ngh" wins over "ng" and "ng" over "n". */
    private static final List<String> ONSETS_LONGEST_FIRST = ONSETS.stream()
            .filter(s -> !s.isEmpty())
            .sorted((a, b) -> b.length() - a.length())
            .toList();
    private static final List<String> CONSONANT_CODAS = List.of("ng", "nh", "ch", "c", "m", "n", "p", "t");
    private static final String VOWELS = "aăâeêioôơuưy";

    public Syllable {
        Objects.requireNonNull(onset, "onset");
        Objects.requireNonNull(glide, "glide");
        Objects.requireNonNull(nucleus, "nucleus");
        Objects.requireNonNull(coda, "coda");
        Objects.requireNonNull(tone, "tone");
        if (!ONSETS.contains(onset)) {
            throw new IllegalArgumentException("not a Vietnamese onset: '" + onset + "'");
        }
        if (!GLIDES.contains(glide)) {
            throw new IllegalArgumentException("not a Vietnamese glide: '" + glide + "'");
        }
        if (!NUCLEI.contains(nucleus)) {
            throw new IllegalArgumentException("not a Vietnamese nucleus: '" + nucleus + "'");
        }
        if (!CODAS.contains(coda)) {
            throw new IllegalArgumentException("not a Vietnamese coda: '" + coda + "'");
        }
    }

    /** True when the "gi" onset shares its i with the rhyme ("gì", "gìn", "giếng"). */
    public boolean sharesGiVowel() {
        return onset.equals("gi") && nucleus.startsWith("i");
    }

    /** The written syllable without tone, e.g. "nghiêng", "quyêt", "gin". */
    public String toneless() {
        String rhyme = glide + nucleus + coda;
        return sharesGiVowel() ? "g" + rhyme : onset + rhyme;
    }

    /** The written syllable in NFC with the tone on the vowel where most government documents put it. */
    public String text() {
        String plain = toneless();
        if (tone == Tone.NGANG) {
            return plain;
        }
        int at = TonePlacement.tonePosition(plain.toCharArray());
        if (at < 0) {
            return plain;
        }
        return Normalizer.normalize(plain.substring(0, at + 1) + tone.mark() + plain.substring(at + 1),
                Normalizer.Form.NFC);
    }

    /**
     * Splits one token (any case, NFC or NFD) into its parts. Empty when the token is not shaped like a
     * Vietnamese syllable: letters outside the Vietnamese alphabet, two tones, no vowel, an unknown onset,
     * vowel cluster or coda. The result may still break a spelling rule; ask {@link SyllableInventory}.
     */
    public static Optional<Syllable> parse(CharSequence token) {
        Parsed p = decompose(token);
        return p == null ? Optional.empty() : Optional.ofNullable(split(p.base, p.tone, p.toneIndex));
    }

    /** Position of the tone mark inside the written token, or -1 for ngang; used to check placement. */
    static int toneIndex(CharSequence token) {
        Parsed p = decompose(token);
        return p == null ? -2 : p.toneIndex;
    }

    private record Parsed(String base, Tone tone, int toneIndex) {}

    /** Lower-cases, removes the tone mark (remembering on which letter it was) and keeps hats, horns and breves. */
    private static Parsed decompose(CharSequence token) {
        String lower = Normalizer.normalize(token, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return null;
        }
        StringBuilder base = new StringBuilder(lower.length());
        Tone tone = Tone.NGANG;
        int toneIndex = -1;
        for (int i = 0; i < lower.length(); i++) {
            String nfd = Normalizer.normalize(String.valueOf(lower.charAt(i)), Normalizer.Form.NFD);
            StringBuilder kept = new StringBuilder(2);
            for (int k = 0; k < nfd.length(); k++) {
                char c = nfd.charAt(k);
                Optional<Tone> t = Tone.ofMark(c);
                if (t.isEmpty()) {
                    kept.append(c);
                    continue;
                }
                if (tone != Tone.NGANG) {
                    return null; // two tones
                }
                tone = t.get();
                // a mark that did not compose with anything belongs to the letter before it
                toneIndex = nfd.length() == 1 ? base.length() - 1 : base.length();
            }
            if (kept.isEmpty()) {
                continue;
            }
            String composed = Normalizer.normalize(kept, Normalizer.Form.NFC);
            if (composed.length() != 1 || !isAlphabet(composed.charAt(0))) {
                return null;
            }
            base.append(composed);
        }
        if (base.isEmpty() || (tone != Tone.NGANG && toneIndex < 0)) {
            return null;
        }
        return new Parsed(base.toString(), tone, toneIndex);
    }

    private static boolean isAlphabet(char c) {
        return (c >= 'a' && c <= 'z') || "ăâđêôơư".indexOf(c) >= 0;
    }

    static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static Syllable split(String w, Tone tone, int toneIndex) {
        String onset = "";
        for (String o : ONSETS_LONGEST_FIRST) {
            if (w.startsWith(o)) {
                onset = o;
                break;
            }
        }
        String rest = w.substring(onset.length());
        if (onset.equals("gi")) {
            // "gì", "gìn": the only vowel is the i of gi; "giếng", "giết": gi + iê written with one i.
            if (rest.isEmpty() || !isVowel(rest.charAt(0))) {
                rest = "i" + rest;
            } else if (rest.startsWith("ê") && rest.length() > 1 && !isVowel(rest.charAt(1))) {
                rest = "i" + rest;
            } else if (rest.equals("êu")) {
                rest = "iêu";
            }
        } else if (onset.equals("q")) {
            if (!rest.startsWith("u") || rest.length() < 2) {
                return null;
            }
        }
        int vowelEnd = 0;
        while (vowelEnd < rest.length() && isVowel(rest.charAt(vowelEnd))) {
            vowelEnd++;
        }
        if (vowelEnd == 0) {
            return null;
        }
        String vowels = rest.substring(0, vowelEnd);
        String consonantCoda = rest.substring(vowelEnd);
        if (!consonantCoda.isEmpty() && !CONSONANT_CODAS.contains(consonantCoda)) {
            return null;
        }
        Syllable best = null;
        for (String glide : List.of("", "o", "u")) {
            if (!vowels.startsWith(glide)) {
                continue;
            }
            if (onset.equals("q") && !glide.equals("u")) {
                continue; // the u after q is always the glide
            }
            String afterGlide = vowels.substring(glide.length());
            for (String semivowel : List.of("", "i", "y", "o", "u")) {
                if (!afterGlide.endsWith(semivowel) || (!semivowel.isEmpty() && !consonantCoda.isEmpty())) {
                    continue;
                }
                String nucleus = afterGlide.substring(0, afterGlide.length() - semivowel.length());
                if (!NUCLEI.contains(nucleus)) {
                    continue;
                }
                Syllable s = new Syllable(onset, glide, nucleus, semivowel + consonantCoda, tone);
                if (best == null || SyllableInventory.isWellFormed(s) && !SyllableInventory.isWellFormed(best)) {
                    best = s;
                }
            }
        }
        if (best != null && tone != Tone.NGANG && !SyllableInventory.toneFits(best, w, toneIndex)) {
            return null;
        }
        return best;
    }
}
