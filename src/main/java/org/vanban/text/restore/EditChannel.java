package org.vanban.text.restore;

import org.vanban.text.lm.LmText;

/**
 * One letter too many, too few or wrong in a word the model does not know: a noisy scan turns
 * "nghị" into "hghị", "tâm" into "tâãm", "quyết" into "quyếc". The learned and hand-written
 * confusions cover the frequent letter pairs; this channel offers every vocabulary word whose
 * skeleton is one edit away from the token's, at a price above a confusion rule's, so that only a
 * context the language model is sure of can choose one. Accented (modern OCR) text only: in
 * diacritic-free or legacy text the profiles' own channels cover the damage, and a word the model
 * does not know there is more often a name than a misreading.
 */
final class EditChannel implements ChannelModel {
    /**
     * The price of an edit in log10 units: above {@link ChannelCosts#ACCENTED}'s rule cost (2.0). On
     * 600 training-side OCR pages 2.0, 2.5 and 3.0 repaired about the same; 3.0 changed the fewest
     * words of clean corpus text (docs/benchmarks.md, round 8).
     */
    static final double COST = 3.0;
    /** Skeleton letters tried in a replacement or an insertion (f, j, w and z are not Vietnamese). */
    private static final String LETTERS = "abcdeghiklmnopqrstuvxy";
    /** Shorter skeletons have too many neighbours to choose from; longer ones are not syllables. */
    private static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 8;

    private final SkeletonIndex index;

    EditChannel(SkeletonIndex index) {
        this.index = index;
    }

    @Override
    public void propose(Observation token, ChannelCosts costs, Sink sink) {
        if (costs != ChannelCosts.ACCENTED || token.inVocabulary() || token.protectedSymbol()
                || token.kind() != LmText.Kind.WORD) {
            return;
        }
        String s = token.skeleton();
        if (s.length() < MIN_LENGTH || s.length() > MAX_LENGTH || !isPlainLetters(s)) {
            return;
        }
        StringBuilder b = new StringBuilder(s.length() + 1);
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length()) {
                offer(b.append(s, 0, i).append(s, i + 1, s.length()), s, sink); // without s[i]
            }
            for (int k = 0; k < LETTERS.length(); k++) {
                char c = LETTERS.charAt(k);
                if (i < s.length() && c != s.charAt(i)) {
                    offer(b.append(s, 0, i).append(c).append(s, i + 1, s.length()), s, sink); // c for s[i]
                }
                offer(b.append(s, 0, i).append(c).append(s, i, s.length()), s, sink); // c before s[i]
            }
        }
    }

    /** Offers the words of one variant skeleton and empties the builder for the next. */
    private void offer(StringBuilder variant, String skeleton, Sink sink) {
        String v = variant.toString();
        variant.setLength(0);
        if (!v.equals(skeleton)) {
            for (int id : index.words(v)) {
                sink.offer(id, COST);
            }
        }
    }

    private static boolean isPlainLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
