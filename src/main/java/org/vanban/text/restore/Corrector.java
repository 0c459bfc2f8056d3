package org.vanban.text.restore;

/**
 * Repairs OCR output: the one call the OCR stage needs. First letters of other alphabets that look like
 * Vietnamese ones ({@link LookAlikes}), then the marks that specks on the scan left ({@link Specks}, and
 * {@link ContinuedLines} for a period at a line's end inside a sentence), spaces lost next to digits and
 * commas ({@link LostSpaces}), syllables glued together ({@link MergedWords}) and cut apart
 * ({@link CutSyllables}), then the words ({@link Restorer}). Lines and their order stay as they are.
 */
@FunctionalInterface
public interface Corrector {
    String correct(String text);

    /** The corrector backed by the shipped model, with the profile chosen per text. */
    static Corrector standard() {
        return of(Restorer.standard());
    }

    /** Look-alike letters, speck removal (line ends included), lost spaces, glued syllables split and cut
     * ones joined, then the given restorer. */
    static Corrector of(Restorer restorer) {
        MergedWords merged = new MergedWords(restorer.model());
        CutSyllables cut = new CutSyllables(restorer.model());
        MissingWords missing = new MissingWords(restorer.model());
        return text -> restorer.restore(cut.join(merged.split(LostSpaces.insert(
                ContinuedLines.dropPeriods(Specks.remove(missing.fill(LookAlikes.replace(text))))))));
    }
}
