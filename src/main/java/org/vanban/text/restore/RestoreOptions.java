package org.vanban.text.restore;

/**
 * How the restorer searches and which channel profile it uses.
 *
 * @param profile which costs to use; {@link Profile#AUTO} picks by the share of words with diacritics
 * @param beamWidth decoder states kept per token
 * @param maxCandidates candidates per token, the token itself included
 */
public record RestoreOptions(Profile profile, int beamWidth, int maxCandidates) {
    /** The kind of damage expected in the input. */
    public enum Profile {
        /**
         * Decide per text: under 15 % of words with a Vietnamese-only letter (ơ, ư, ạ...) means PLAIN, or
         * LEGACY when at least 2 % of the words show OCR damage (é-style accents, ¢, digits inside words).
         */
        AUTO,
        /** Diacritics stripped (typed without accents); digits are digits. */
        PLAIN,
        /** Legacy OCR: diacritics lost or wrong, digits and symbols for letters. */
        LEGACY,
        /** Accented text with occasional errors (modern OCR). */
        ACCENTED
    }

    public RestoreOptions {
        if (profile == null) {
            throw new IllegalArgumentException("profile is required");
        }
        if (beamWidth < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("beam width and candidates must be at least 1");
        }
    }

    public static final RestoreOptions DEFAULT = new RestoreOptions(Profile.AUTO, 8, 24);

    public RestoreOptions withProfile(Profile p) {
        return new RestoreOptions(p, beamWidth, maxCandidates);
    }
}
