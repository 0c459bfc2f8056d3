package org.vanban.text.restore;

/** The shipped corrector, built on first use and once per process; every step of it is thread-safe. */
final class ShippedCorrector {
    static final Corrector INSTANCE = Corrector.of(Restorer.standard());

    private ShippedCorrector() {}
}
