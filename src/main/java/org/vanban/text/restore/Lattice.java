package org.vanban.text.restore;

import java.util.Arrays;

/**
 * The candidates of one token: entry 0 is always the token kept as it is, the others are vocabulary
 * words offered by the channel models, each with its channel cost.
 */
final class Lattice {
    final int start;
    final int end;
    final Observation token;
    int[] ids;
    float[] costs;
    int size;
    /** When set, the token is written so without a decision (see {@link #force}). */
    String forced;

    Lattice(int start, int end, Observation token, int identityId, double identityCost) {
        this.start = start;
        this.end = end;
        this.token = token;
        this.ids = new int[] {identityId, 0, 0, 0};
        this.costs = new float[] {(float) identityCost, 0, 0, 0};
        this.size = 1;
    }

    /** A lattice at another place with the same candidates (shared arrays: lattices are not changed in place). */
    Lattice at(int newStart, int newEnd) {
        Lattice copy = new Lattice(newStart, newEnd, token, ids[0], costs[0]);
        copy.ids = ids;
        copy.costs = costs;
        copy.size = size;
        return copy;
    }

    /** Adds a candidate, or lowers its cost when it is already there. Offers of the identity are ignored. */
    void offer(int id, double cost) {
        if (id == ids[0]) {
            return;
        }
        for (int i = 1; i < size; i++) {
            if (ids[i] == id) {
                costs[i] = Math.min(costs[i], (float) cost);
                return;
            }
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            costs = Arrays.copyOf(costs, size * 2);
        }
        ids[size] = id;
        costs[size++] = (float) cost;
    }

    /**
     * Settles the token to one word: the decoder sees only it, and the output shows {@code spelled}.
     * Only for a lattice of one place (see {@link #at}), never for one kept in a cache.
     */
    void force(int id, String spelled) {
        // new arrays: the old ones may be shared with other lattices of the same word
        ids = new int[] {id};
        costs = new float[] {0};
        size = 1;
        forced = spelled;
    }

    /** Keeps the identity and the {@code max - 1} cheapest other candidates (stable: earlier offers win ties). */
    void cap(int max) {
        if (size <= max) {
            return;
        }
        Integer[] order = new Integer[size - 1];
        for (int i = 1; i < size; i++) {
            order[i - 1] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(costs[a], costs[b]));
        int[] newIds = new int[max];
        float[] newCosts = new float[max];
        newIds[0] = ids[0];
        newCosts[0] = costs[0];
        for (int i = 1; i < max; i++) {
            newIds[i] = ids[order[i - 1]];
            newCosts[i] = costs[order[i - 1]];
        }
        ids = newIds;
        costs = newCosts;
        size = max;
    }
}
