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
        Beam beam = new Beam(new int[] {context.w2()}, new int[] {context.w1()}, new double[] {0});
        int[][] back = new int[n][];
        int[][] cand = new int[n][];
        // One small method per step rather than one long loop: the JIT compiles a short method once,
        // where a long-running loop is compiled again and again on-stack (hundreds of ms of CPU each).
        for (int pos = 0; pos < n; pos++) {
            Lattice lat = positions.get(pos);
            Groups groups = Groups.of(beam.p1);
            Expansion expansion = expand(beam, groups, lat);
            int[] chosen = topIndices(expansion.score, Math.min(width, expansion.score.length));
            back[pos] = new int[chosen.length];
            cand[pos] = new int[chosen.length];
            beam = advance(beam, lat, groups.count, expansion, chosen, back[pos], cand[pos]);
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int h = 0; h < beam.size(); h++) {
            double s = beam.score[h] + (context.endsSentence() ? lm.logProb(beam.p2[h], beam.p1[h], NgramModel.EOS) : 0);
            if (s > bestScore) {
                bestScore = s;
                best = h;
            }
        }
        int[] choice = new int[n];
        for (int pos = n - 1; pos >= 0; pos--) {
            choice[pos] = cand[pos][best];
            best = back[pos][best];
        }
        return choice;
    }

    /** The surviving states: the two previous word ids and the score of each. */
    private record Beam(int[] p2, int[] p1, double[] score) {
        int size() {
            return score.length;
        }
    }

    /** States sharing their previous word: after adding a word they become one state. */
    private record Groups(int[] of, int[] head, int count) {
        static Groups of(int[] p1) {
            int[] group = new int[p1.length];
            int[] head = new int[p1.length];
            int groups = 0;
            for (int h = 0; h < p1.length; h++) {
                int g = -1;
                for (int q = 0; q < groups; q++) {
                    if (p1[head[q]] == p1[h]) {
                        g = q;
                        break;
                    }
                }
                if (g < 0) {
                    g = groups;
                    head[groups++] = h;
                }
                group[h] = g;
            }
            return new Groups(group, head, groups);
        }
    }

    /** Best score and back pointer of every (candidate, group) entry, indexed candidate * groups + group. */
    private record Expansion(double[] score, int[] back) {}

    private Expansion expand(Beam beam, Groups groups, Lattice lat) {
        int entries = lat.size * groups.count;
        double[] eScore = new double[entries];
        int[] eBack = new int[entries];
        java.util.Arrays.fill(eScore, Double.NEGATIVE_INFINITY);
        // p(w | w2 w1) = stored trigram, else bow(w2 w1) + p(w | w1): the back-off of each state and
        // the bigram part of each (group, word) are looked up once, not once per expansion
        double[] backoff = new double[beam.size()];
        for (int h = 0; h < beam.size(); h++) {
            backoff[h] = lm.contextBackoff(beam.p2[h], beam.p1[h]);
        }
        double[] bigram = new double[groups.count];
        for (int j = 0; j < lat.size; j++) {
            int w = lat.ids[j];
            for (int g = 0; g < groups.count; g++) {
                bigram[g] = lm.bigramLogProb(beam.p1[groups.head[g]], w);
            }
            scoreCandidate(beam, groups, w, j, lat.costs[j], backoff, bigram, eScore, eBack);
        }
        return new Expansion(eScore, eBack);
    }

    private void scoreCandidate(Beam beam, Groups groups, int w, int j, double cost, double[] backoff, double[] bigram,
            double[] eScore, int[] eBack) {
        for (int h = 0; h < beam.size(); h++) {
            double tri = lm.storedTrigram(beam.p2[h], beam.p1[h], w);
            double lp = Double.isNaN(tri) ? backoff[h] + bigram[groups.of[h]] : tri;
            double s = beam.score[h] + lp - cost;
            int e = j * groups.count + groups.of[h];
            if (s > eScore[e]) {
                eScore[e] = s;
                eBack[e] = h;
            }
        }
    }

    private static Beam advance(Beam beam, Lattice lat, int groups, Expansion expansion, int[] chosen, int[] back, int[] cand) {
        int keep = chosen.length;
        int[] nextP2 = new int[keep];
        int[] nextP1 = new int[keep];
        double[] nextScore = new double[keep];
        for (int i = 0; i < keep; i++) {
            int e = chosen[i];
            int j = e / groups;
            int h = expansion.back[e];
            nextP2[i] = beam.p1[h];
            nextP1[i] = lat.ids[j];
            nextScore[i] = expansion.score[e];
            back[i] = h;
            cand[i] = j;
        }
        return new Beam(nextP2, nextP1, nextScore);
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
