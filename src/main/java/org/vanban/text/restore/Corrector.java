package org.vanban.text.restore;

/**
 * Repairs OCR output: the one call the OCR stage needs. In order: letters of other alphabets that look
 * like Vietnamese ones ({@link LookAlikes}); symbols and dates specks broke apart ({@link BrokenSymbols});
 * words read as a lone speck, and words the OCR engine doubted ({@link MissingWords}); a word's first letter read twice ({@link EchoedLetters}); the marks
 * specks left ({@link Specks}), a period at a line's end inside a sentence ({@link ContinuedLines}), a
 * quote that nothing closes ({@link UnpairedQuotes}), dashes that specks put at a line's ends
 * ({@link StrayDashes}) and a recipient's item that ends in a colon ({@link RecipientList}); spaces lost
 * next to digits, list marks and commas ({@link LostSpaces}); words joined by a hyphen where a space was
 * ({@link HyphenatedPairs}); syllables glued together ({@link MergedWords}) or cut apart
 * ({@link CutSyllables}); the words ({@link Restorer}); then the month and year words of a date
 * ({@link DateWords}), a lower-case word left in a line of capitals ({@link CapitalLines}) and a heading's Roman
 * numeral read as letters ({@link RomanHeadings}); last, the
 * motto line in its printed form ({@link Motto}). Lines and their order stay as they are.
 */
@FunctionalInterface
public interface Corrector {
    String correct(String text);

    /**
     * Corrects OCR text knowing which words the engine doubted: those may be replaced from context even
     * when they are words. Without doubts this is {@link #correct(String)}.
     */
    default String correct(String text, Doubts doubts) {
        return correct(text);
    }

    /**
     * The corrector backed by the shipped model, with the profile chosen per text; built on first use,
     * once per process.
     */
    static Corrector standard() {
        return ShippedCorrector.INSTANCE.get();
    }

    /**
     * Builds {@link #standard()} ahead of its first use, on this thread, unless it is built already. Meant
     * for a background thread: a caller of {@link #standard()} that comes first builds it itself rather
     * than wait for this one.
     */
    static Corrector buildStandardAhead() {
        return ShippedCorrector.INSTANCE.buildAhead();
    }

    /** The repairs above, ending with the given restorer. */
    static Corrector of(Restorer restorer) {
        MissingWords missing = new MissingWords(restorer.model());
        MergedWords merged = new MergedWords(restorer.model());
        CutSyllables cut = new CutSyllables(restorer.model());
        StrayDashes dashes = new StrayDashes(restorer.model());
        HyphenatedPairs hyphens = new HyphenatedPairs(restorer.model());
        EchoedLetters echoes = new EchoedLetters(restorer.model());
        return new Corrector() {
            @Override
            public String correct(String text) {
                return correct(text, Doubts.NONE);
            }

            @Override
            public String correct(String text, Doubts doubts) {
                String filled = missing.fill(BrokenSymbols.repair(LookAlikes.replace(text)), doubts);
                String marks = Specks.remove(echoes.drop(filled));
                String lines = dashes.drop(UnpairedQuotes.drop(ContinuedLines.dropPeriods(marks)));
                String spaced = LostSpaces.insert(RecipientList.semicolons(lines));
                String words = restorer.restore(cut.join(merged.split(hyphens.split(spaced))));
                return Motto.space(RomanHeadings.repair(CapitalLines.raise(DateWords.repair(words))));
            }
        };
    }
}
