package org.vanban.text.restore;

/**
 * The shipped corrector, built once per process; every step of it is thread-safe. It has its own
 * restorer rather than {@link Restorer#standard()}, whose one-time build would make a caller wait for a
 * background thread that builds it.
 */
final class ShippedCorrector {
    static final BuiltOnce<Corrector> INSTANCE =
            new BuiltOnce<>(() -> Corrector.of(new Restorer(Restorer.loadShippedModel(), RestoreOptions.DEFAULT)));

    private ShippedCorrector() {}
}
