package org.vanban.text.restore;

import java.util.List;
import org.vanban.text.lm.NgramModel;

/**
 * Finds the best reading of a line: a left-to-right beam search over the token lattice, scoring each path
 * with the trigram model plus the channel costs. Paths ending in the same two words are merged (Viterbi
 * recombination), and at most {@code width} states survive each position.
 */
final class BeamDecoder {
    private final NgramModel lm;
    private final int width;

    BeamDecoder(NgramModel lm, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("beam width must be at least 1");
        }
        this.lm = lm;
        this.width = width;
    }

    /** Where a line starts: at a sentence start, or after two known words of the line before it. */
    record Context(int w2, int w1, boolean endsSentence) {
        static final Context SENTENCE = new Context(-1, NgramModel.BOS, true);
    }

    /** The chosen candidate index of every position. */
    int[] decode(List<Lattice> positions) {
        return decode(positions, Context.SENTENCE);
    }

    /**
     * The chosen candidate index of every position, the line starting in the given context; the end of
     * the line is scored as the end of a sentence only when the context says the line ends one.
     */
    int[] decode(List<Lattice> positions, Context context) {
        int n = positions.size();
        int[] choice = new int[n];
        // states of the current beam: (p2, p1) word ids, score, and back pointers per position
        int[] p2 = {context.w2()};
        int[] p1 = {context.w1()};
        double[] score = {0};
        int beam = 1;
        int[][] back = new int[n][];
        int[][] cand = new int[n][];
        for (int pos = 0; pos < n; pos++) {
            Lattice lat = positions.get(pos);
            int k = lat.size;
            // groups of states sharing p1: after adding a word they become the same state
            int[] group = new int[beam];
            int groups = 0;
            int[] groupHead = new int[beam];
            for (int h = 0; h < beam; h++) {
                int g = -1;
                for (int q = 0; q < groups; q++) {
                    if (p1[groupHead[q]] == p1[h]) {
                        g = q;
                        break;
                    }
                }
                if (g < 0) {
                    g = groups;
                    groupHead[groups++] = h;
                }
                group[h] = g;
            }
            int entries = k * groups;
            double[] eScore = new double[entries];
            int[] eBack = new int[entries];
            java.util.Arrays.fill(eScore, Double.NEGATIVE_INFINITY);
            // p(w | w2 w1) = stored trigram, else bow(w2 w1) + p(w | w1): the back-off of each state and
            // the bigram part of each (group, word) are looked up once, not once per expansion
            double[] backoff = new double[beam];
            for (int h = 0; h < beam; h++) {
                backoff[h] = lm.contextBackoff(p2[h], p1[h]);
            }
            double[] bigram = new double[groups];
            for (int j = 0; j < k; j++) {
                int w = lat.ids[j];
                double cost = lat.costs[j];
                for (int g = 0; g < groups; g++) {
                    bigram[g] = lm.bigramLogProb(p1[groupHead[g]], w);
                }
                for (int h = 0; h < beam; h++) {
                    double tri = lm.storedTrigram(p2[h], p1[h], w);
                    double lp = Double.isNaN(tri) ? backoff[h] + bigram[group[h]] : tri;
                    double s = score[h] + lp - cost;
                    int e = j * groups + group[h];
                    if (s > eScore[e]) {
                        eScore[e] = s;
                        eBack[e] = h;
                    }
                }
            }
            int keep = Math.min(width, entries);
            int[] chosen = topIndices(eScore, keep);
            keep = chosen.length;
            int[] nextP2 = new int[keep];
            int[] nextP1 = new int[keep];
            double[] nextScore = new double[keep];
            back[pos] = new int[keep];
            cand[pos] = new int[keep];
            for (int i = 0; i < keep; i++) {
                int e = chosen[i];
                int j = e / groups;
                int h = eBack[e];
                nextP2[i] = p1[h];
                nextP1[i] = lat.ids[j];
                nextScore[i] = eScore[e];
                back[pos][i] = h;
                cand[pos][i] = j;
            }
            p2 = nextP2;
            p1 = nextP1;
            score = nextScore;
            beam = keep;
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int h = 0; h < beam; h++) {
            double s = score[h] + (context.endsSentence() ? lm.logProb(p2[h], p1[h], NgramModel.EOS) : 0);
            if (s > bestScore) {
                bestScore = s;
                best = h;
            }
        }
        for (int pos = n - 1; pos >= 0; pos--) {
            choice[pos] = cand[pos][best];
            best = back[pos][best];
        }
        return choice;
    }

    /** Indices of the (at most) k highest finite scores, best first. */
    private static int[] topIndices(double[] scores, int k) {
        int[] top = new int[k];
        int filled = 0;
        for (int i = 0; i < scores.length; i++) {
            double s = scores[i];
            if (s == Double.NEGATIVE_INFINITY) {
                continue;
            }
            if (filled < k) {
                int at = filled++;
                while (at > 0 && scores[top[at - 1]] < s) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = i;
            } else if (s > scores[top[k - 1]]) {
                int at = k - 1;
                while (at > 0 && scores[top[at - 1]] < s) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = i;
            }
        }
        return filled == k ? top : java.util.Arrays.copyOf(top, filled);
    }

    /**
     * The local posterior of every candidate at one position, with the chosen words around it fixed:
     * the three trigrams that see the position plus the channel cost, normalised over the candidates.
     */
    double[] posteriors(List<Lattice> positions, int[] words, int pos, Context context) {
        Lattice lat = positions.get(pos);
        int w2 = pos >= 2 ? words[pos - 2] : (pos == 1 ? context.w1() : context.w2());
        int w1 = pos >= 1 ? words[pos - 1] : context.w1();
        boolean last = pos + 1 >= words.length;
        int n1 = last ? NgramModel.EOS : words[pos + 1];
        boolean hasN1 = !last || context.endsSentence();
        boolean hasN2 = pos + 1 < words.length;
        int n2 = pos + 2 < words.length ? words[pos + 2] : NgramModel.EOS;
        double[] s = new double[lat.size];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < lat.size; j++) {
            int w = lat.ids[j];
            double v = lm.logProb(w2, w1, w) + (hasN1 ? lm.logProb(w1, w, n1) : 0) - lat.costs[j];
            if (hasN2) {
                v += lm.logProb(w, n1, n2);
            }
            s[j] = v;
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int j = 0; j < s.length; j++) {
            s[j] = Math.pow(10, s[j] - max);
            sum += s[j];
        }
        for (int j = 0; j < s.length; j++) {
            s[j] /= sum;
        }
        return s;
    }
}
