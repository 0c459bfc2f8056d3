package org.vanban.text.restore;

/**
 * Repairs OCR output: the one call the OCR stage needs. Lines, their order, white space and punctuation
 * stay as they are; only words change.
 */
@FunctionalInterface
public interface Corrector {
    String correct(String text);

    /** The corrector backed by the shipped model, with the profile chosen per text. */
    static Corrector standard() {
        return Restorer.standard()::restore;
    }
}
