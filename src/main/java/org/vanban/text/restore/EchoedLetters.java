package org.vanban.text.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vanban.text.lm.LmText;
import org.vanban.text.lm.NgramModel;

/**
 * Drops a lone letter that echoes the start of the next word: on a noisy scan the first letter of a word
 * is sometimes read twice, once on its own ({@code phương á án}, {@code Trung t tâm}, {@code quyết s số}).
 * The letter goes only where the model finds the two words side by side far likelier than with the letter
 * between them, so labels and words of one letter stay ({@code điểm k khoản}, {@code tự ý yêu cầu}). On
 * 600 MEDIUM and HEAVY training and validation pages the pattern held 18 echoes and 1 real word; over
 * 479,387 lines of legal text the rule changes 1 (a formula's variable: {@code sâu d được}). Lines are
 * never added or removed.
 */
final class EchoedLetters {
    /** log10 of how much likelier the words must be side by side than with the letter between them. */
    static final double MIN_GAIN = 2.0;

    /** Words a letter label follows ({@code điểm d Điều 32}): the model may not know such a label. */
    private static final Set<String> LABELLED = Set.of("điểm", "khoản", "mục", "tiết", "phần", "phụ lục");

    private final NgramModel lm;

    EchoedLetters(NgramModel lm) {
        this.lm = lm;
    }

    String drop(String text) {
        return Lines.map(text, this::line);
    }

    private String line(String line) {
        if (line.indexOf(' ') < 0) {
            return line;
        }
        String[] chunks = line.split(" ", -1);
        List<String> kept = new ArrayList<>(chunks.length);
        for (int k = 0; k < chunks.length; k++) {
            boolean echo = k > 0 && k + 1 < chunks.length
                    && echoes(k >= 2 ? chunks[k - 2] : null, chunks[k - 1], chunks[k], chunks[k + 1]);
            if (!echo) {
                kept.add(chunks[k]);
            }
        }
        return kept.size() == chunks.length ? line : String.join(" ", kept);
    }

    private boolean echoes(String beforeThat, String before, String letter, String after) {
        if (letter.length() != 1 || !Character.isLowerCase(letter.charAt(0)) || after.length() < 2
                || !Character.isLetter(after.charAt(0)) || !MissingWords.isWord(before)
                || Skeleton.of(letter).charAt(0) != Skeleton.of(after.substring(0, 1)).charAt(0)
                || LABELLED.contains(before.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int p1 = lm.id(LmText.wordForm(before));
        int letters = 0;
        while (letters < after.length() && Character.isLetter(after.charAt(letters))) {
            letters++;
        }
        int n1 = lm.id(LmText.wordForm(after.substring(0, letters)));
        if (p1 == NgramModel.UNK || n1 == NgramModel.UNK) {
            return false;
        }
        int p2 = beforeThat != null && MissingWords.isWord(beforeThat) ? lm.id(LmText.wordForm(beforeThat)) : -1;
        int x = lm.id(LmText.wordForm(letter));
        double apart = lm.logProb(p2, p1, n1);
        double with = lm.logProb(p2, p1, x) + lm.logProb(p1, x, n1);
        return apart - with >= MIN_GAIN;
    }
}
