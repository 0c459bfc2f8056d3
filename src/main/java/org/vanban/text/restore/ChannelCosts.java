package org.vanban.text.restore;

/**
 * The channel's costs, in log10 units subtracted from the language-model score: how unlikely each kind
 * of damage is. Three profiles: text that lost all its diacritics, where adding them is free; legacy
 * OCR output, where also digits and symbols stand for letters; and accented text (modern OCR, typed
 * text), where every change must be paid for and only a confident language model makes it.
 *
 * @param addDiacritics a diacritic-free token read as a word with diacritics
 * @param changeDiacritics a token with diacritics read as a word with other diacritics
 * @param rule one application of a hand-written confusion rule (digits for letters, rn for m...)
 * @param unknownWord penalty for keeping a token the model does not know, on top of p(&lt;unk&gt;)
 * @param keepMixed penalty for keeping a short run of letters and digits ({@code s6}) as it is
 * @param minConfidence a change is made only when its local posterior reaches this (0 = always)
 */
public record ChannelCosts(double addDiacritics, double changeDiacritics, double rule, double unknownWord,
        double keepMixed, double minConfidence) {
    public ChannelCosts {
        if (addDiacritics < 0 || changeDiacritics < 0 || rule < 0 || unknownWord < 0 || keepMixed < 0
                || minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("channel costs must be non-negative, confidence in [0,1]");
        }
    }

    /** Text typed or stored without diacritics: digits are real digits, letters are right. */
    public static final ChannelCosts PLAIN = new ChannelCosts(0.0, 0.7, 1.0, 3.0, 0.0, 0.0);

    /** Output of an OCR engine that does not know Vietnamese: diacritics lost or wrong, digits for letters. */
    public static final ChannelCosts LEGACY = new ChannelCosts(0.0, 0.7, 1.0, 3.0, 1.5, 0.0);

    /** Text that keeps its diacritics: only confident repairs. */
    public static final ChannelCosts ACCENTED = new ChannelCosts(2.0, 2.5, 2.0, 1.0, 0.0, 0.6);
}
