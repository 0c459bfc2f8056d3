package org.vanban.text.restore;

/**
 * A source of correction candidates: for an observed token, the vocabulary words it may stand for and
 * what each reading costs (log10 units, higher is less likely). The language model then chooses among
 * the candidates of all channels in context. Implementations are stateless and thread-safe.
 */
public interface ChannelModel {
    /** Receives candidates; the same word may be offered twice, the cheaper offer wins. */
    @FunctionalInterface
    interface Sink {
        void offer(int wordId, double cost);
    }

    /** Offers the candidates for one token (never the token itself: keeping it is always possible). */
    void propose(Observation token, ChannelCosts costs, Sink sink);
}
