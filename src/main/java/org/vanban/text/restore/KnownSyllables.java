package org.vanban.text.restore;

import org.vanban.text.SyllableInventory;
import org.vanban.text.lm.NgramModel;

/**
 * Which words of a model's vocabulary are well-formed Vietnamese syllables, looked up once per word.
 * Racing threads can only write the same value, so no locking is needed.
 */
final class KnownSyllables {
    private final NgramModel lm;
    /** Per vocabulary id: 0 not looked up yet, 1 a syllable, 2 not. */
    private final byte[] known;

    KnownSyllables(NgramModel lm) {
        this.lm = lm;
        this.known = new byte[lm.vocabularySize()];
    }

    boolean contains(int id) {
        byte k = known[id];
        if (k == 0) {
            k = SyllableInventory.isValid(lm.word(id)) ? (byte) 1 : (byte) 2;
            known[id] = k;
        }
        return k == 1;
    }
}
