package org.vanban.text.restore;

import java.util.Locale;
import java.util.Set;
import org.vanban.text.lm.LmText;
import org.vanban.text.lm.NgramModel;

/**
 * Puts back a word that OCR read as a speck: on a noisy scan a whole syllable can come out as a lone
 * mark between two words ({@code phù . với}, {@code Bộ Nông .. và Phát triển}, {@code có _ quan}). The
 * mark is replaced by the syllable the language model expects between its neighbours ({@code hợp},
 * {@code nghiệp}, {@code liên}) when the filled reading is far likelier than the two words side by side
 * and no other syllable comes close; otherwise the mark is left for {@link Specks} to drop.
 *
 * <p>Two more kinds of gap are filled the same way. In modern OCR text, a short lower-case run of
 * consonants ({@code ng}, {@code hn}, {@code dc}) between words is a syllable whose vowels a speck took;
 * no Vietnamese word lacks a vowel, and in the legal corpus such runs stand after numbers ({@code 10 mm}),
 * never between two words. A lone dash between two lower-case words ({@code đề - cấp}, {@code quản - thuế})
 * is filled too, unless the model's choice is a word a dash stands for ({@code thông tin - truyền thông}
 * reads "và"): over 300,000 lines of legal text this changes 4. Lines are never added or removed.
 *
 * <p>Last, a word the OCR engine itself doubted ({@link Doubts}) is read again the same way, with the
 * word as read among the readings it must beat: {@code triển khai Hà hiện} → thực, {@code Bí thư ni ương}
 * → Trung. Text without doubts (typed text, a text layer) never takes this path.
 */
final class MissingWords {
    /** log10 of how much likelier the filled reading must be than the neighbours side by side. */
    static final double MIN_GAIN = 2.0;
    /**
     * The same for a word the OCR engine doubted: most of those are misread, so a smaller lead suffices. On
     * the 200 HEAVY validation pages 0.5, 1.0 and 1.5 repaired about the same; 2.0 less.
     */
    static final double DOUBTED_GAIN = 1.0;
    /** log10 of how far ahead of the second-best syllable the chosen one must be. */
    static final double MIN_MARGIN = 1.0;
    /**
     * What a speck is read as. A lone dash, an ellipsis, quotes and a slash ("ma túy / tiền chất") are the
     * document's own.
     */
    private static final String SPECK_MARKS = ".:_ˆ¬!|⁄¡'`~\\*°•„‚¦";
    /**
     * What a lone dash between two lower-case words may be read from: dashes and a caret. A tilde is
     * not among them: it is a speck mark already, filled without a dash's conditions.
     */
    private static final String DASH_MARKS = "-—–^";
    /** Words a dash between two words may stand for; a gap the model fills with one of these stays. */
    private static final Set<String> DASH_WORDS = Set.of("và", "hoặc", "đến", "tới", "với", "là", "của");
    private static final int MAX_MARK_LENGTH = 3;

    private final NgramModel lm;
    /** The words that may fill a gap. */
    private final KnownSyllables syllables;

    MissingWords(NgramModel lm) {
        this.lm = lm;
        this.syllables = new KnownSyllables(lm);
    }

    /** The text with words read as specks put back. */
    String fill(String text) {
        return fill(text, Doubts.NONE);
    }

    /** The text with words read as specks put back, and the words the engine doubted read again from context. */
    String fill(String text, Doubts doubts) {
        // Text with diacritics lost has words without vowels only as damage the restorer reads better.
        boolean vowelless = hasVowellessRun(text) && Restorer.profileOf(text) == RestoreOptions.Profile.ACCENTED;
        if (!vowelless && doubts.isEmpty() && !mayHoldSpeck(text)) {
            return text;
        }
        return Lines.mapNumbered(text, (index, line) -> line(line, vowelless, doubts, index));
    }

    private static boolean mayHoldSpeck(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECK_MARKS.indexOf(c) >= 0 || DASH_MARKS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVowellessRun(String text) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                if (i > start && isVowelless(text.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private String line(String line, boolean vowelless, Doubts doubts, int index) {
        String[] chunks = line.split(" ", -1);
        boolean changed = false;
        for (int k = 1; k + 1 < chunks.length; k++) {
            String chunk = chunks[k];
            if (!leadingLetters(chunk).isEmpty() && doubts.contains(index, chunk)) {
                String read = reread(chunks, k);
                if (read != null) {
                    chunks[k] = read;
                    changed = true;
                }
                continue;
            }
            boolean dash = isDash(chunk);
            boolean gap = isSpeck(chunk) || dash || vowelless && isVowelless(chunk);
            if (!gap || !isWord(chunks[k - 1])) {
                continue;
            }
            String next = leadingLetters(chunks[k + 1]);
            if (next.isEmpty() || dash && !(Character.isLowerCase(chunks[k - 1].charAt(0))
                    && Character.isLowerCase(next.charAt(0)))) {
                continue;
            }
            String filler = filler(MIN_GAIN, isWord(chunk) ? chunk : null, wordTwoBefore(chunks, k), chunks[k - 1], next,
                    wordTwoAfter(chunks, k, next));
            if (filler != null && !(dash && DASH_WORDS.contains(filler))) {
                boolean upper = Skeleton.isUpperCase(chunks[k - 1]) && Skeleton.isUpperCase(next);
                chunks[k] = upper ? filler.toUpperCase(Locale.ROOT) : filler;
                changed = true;
            }
        }
        return changed ? String.join(" ", chunks) : line;
    }

    /**
     * The syllable that fills the gap between {@code before} and {@code after}, or null. {@code self} is
     * what the gap was read as when that is a word of letters: the filled reading must beat it too.
     */
    private String filler(double minGain, String self, String beforeThat, String before, String after, String afterThat) {
        int p1 = lm.id(LmText.wordForm(before));
        int n1 = lm.id(LmText.wordForm(after));
        if (p1 == NgramModel.UNK || n1 == NgramModel.UNK) {
            return null; // the context is itself damaged
        }
        int p2 = beforeThat == null ? -1 : lm.id(LmText.wordForm(beforeThat));
        int n2 = afterThat == null ? -1 : lm.id(LmText.wordForm(afterThat));
        double apart = lm.logProb(p2, p1, n1) + (n2 < 0 ? 0 : lm.logProb(p1, n1, n2));
        if (self != null) {
            int read = lm.id(LmText.wordForm(self));
            apart = Math.max(apart, lm.logProb(p2, p1, read) + lm.logProb(p1, read, n1)
                    + (n2 < 0 ? 0 : lm.logProb(read, n1, n2)));
        }
        double best = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        int bestId = -1;
        for (int w = NgramModel.NUM + 1; w < lm.vocabularySize(); w++) {
            double s = lm.logProb(p2, p1, w);
            if (s <= second) {
                continue; // the other two terms are at most 0: it can be neither first nor second
            }
            s += lm.logProb(p1, w, n1) + (n2 < 0 ? 0 : lm.logProb(w, n1, n2));
            if (s > second && syllables.contains(w)) {
                if (s > best) {
                    second = best;
                    best = s;
                    bestId = w;
                } else {
                    second = s;
                }
            }
        }
        return bestId >= 0 && best - apart >= minGain && best - second >= MIN_MARGIN ? lm.word(bestId) : null;
    }

    /**
     * The doubted chunk {@code chunks[k]} read again from its neighbours, or null to keep it. The chunk is a
     * word, perhaps followed by one mark of punctuation, which stays ({@code nạ.}); a neighbour may end in
     * such a mark too, which is then the context ({@code tỉnh, Hà hiện} is read with the comma).
     */
    private String reread(String[] chunks, int k) {
        String chunk = chunks[k];
        String letters = leadingLetters(chunk);
        String mark = chunk.substring(letters.length());
        if (mark.length() > 1) {
            return null;
        }
        String prev = chunks[k - 1];
        String prevLetters = leadingLetters(prev);
        String before;
        String beforeThat;
        if (isWord(prev)) {
            before = prev;
            beforeThat = wordTwoBefore(chunks, k);
        } else if (!prevLetters.isEmpty() && prevLetters.length() + 1 == prev.length()) {
            before = prev.substring(prevLetters.length());
            beforeThat = prevLetters;
        } else {
            return null;
        }
        String next = leadingLetters(chunks[k + 1]);
        String after;
        String afterThat;
        if (!mark.isEmpty()) {
            after = mark;
            afterThat = next.isEmpty() ? null : next;
        } else if (next.isEmpty()) {
            return null;
        } else {
            after = next;
            afterThat = wordTwoAfter(chunks, k, next);
        }
        String filler = filler(DOUBTED_GAIN, letters, beforeThat, before, after, afterThat);
        if (filler == null) {
            return null;
        }
        // capitals only inside a line of capitals: a doubted "HP" between lower-case words was a word in lower case
        boolean upper = Skeleton.isUpperCase(letters) && Skeleton.isUpperCase(before) && Skeleton.isUpperCase(after);
        return (upper ? filler.toUpperCase(Locale.ROOT) : filler) + mark;
    }

    /** The word two chunks before the gap at {@code k}, when that chunk is a plain word; else null. */
    private static String wordTwoBefore(String[] chunks, int k) {
        return k >= 2 && isWord(chunks[k - 2]) ? chunks[k - 2] : null;
    }

    /**
     * The word two chunks after the gap at {@code k}, when the chunk after the gap is the word {@code next}
     * with no mark attached and that chunk is a plain word too; else null.
     */
    private static String wordTwoAfter(String[] chunks, int k, String next) {
        return next.length() == chunks[k + 1].length() && k + 2 < chunks.length && isWord(chunks[k + 2])
                ? chunks[k + 2] : null;
    }

    /** One to three dashes or carets. */
    static boolean isDash(String chunk) {
        if (chunk.isEmpty() || chunk.length() > MAX_MARK_LENGTH) {
            return false;
        }
        for (int i = 0; i < chunk.length(); i++) {
            if (DASH_MARKS.indexOf(chunk.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Two to four lower-case letters, none of them a vowel: {@code ng}, {@code hn}, {@code đc}. */
    static boolean isVowelless(String chunk) {
        if (chunk.length() < 2 || chunk.length() > 4) {
            return false;
        }
        for (int i = 0; i < chunk.length(); i++) {
            if (!Character.isLowerCase(chunk.charAt(i))) {
                return false;
            }
        }
        String plain = Skeleton.of(chunk);
        for (int i = 0; i < plain.length(); i++) {
            if ("aeiouy".indexOf(plain.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** One to three speck marks, not only dashes. */
    static boolean isSpeck(String chunk) {
        if (chunk.isEmpty() || chunk.length() > MAX_MARK_LENGTH) {
            return false;
        }
        boolean mark = false;
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (SPECK_MARKS.indexOf(c) >= 0) {
                mark = true;
            } else if (c != '-') {
                return false;
            }
        }
        return mark && !chunk.equals("...");
    }

    /** Whether the chunk is letters only: a word with no mark attached. */
    static boolean isWord(String chunk) {
        if (chunk.isEmpty()) {
            return false;
        }
        for (int i = 0; i < chunk.length(); i++) {
            if (!Character.isLetter(chunk.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String leadingLetters(String chunk) {
        int i = 0;
        while (i < chunk.length() && Character.isLetter(chunk.charAt(i))) {
            i++;
        }
        // the rest may only be the word's own punctuation ("quan," "tế;")
        for (int k = i; k < chunk.length(); k++) {
            if (".,:;)".indexOf(chunk.charAt(k)) < 0) {
                return "";
            }
        }
        return chunk.substring(0, i);
    }
}
