package org.vanban.text.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.vanban.text.Diacritics;

/**
 * A minimum-cost character alignment of an observed (OCR) string with the intended (true) string. Substituting
 * a letter by the same letter with other diacritics ("ệ" read as "e") costs less than an unrelated substitution,
 * so damaged Vietnamese aligns letter by letter; insertions and deletions cost as much as an unrelated
 * substitution, so "ye" for "ự" and "rn" for "m" come out as one grouped edit.
 *
 * <p>The alignment is a list of columns; column k pairs observed index {@code observedAt(k)} with intended
 * index {@code intendedAt(k)}, either being -1 for a gap.
 */
public final class CharAlignment {
    static final int SIMILAR = 1;
    static final int DIFFERENT = 2;
    static final int GAP = 2;
    private static final byte DIAG = 1;
    private static final byte UP = 2;
    private static final byte LEFT = 4;

    private final String observed;
    private final String intended;
    private final int[] observedAt;
    private final int[] intendedAt;
    private final int cost;

    private CharAlignment(String observed, String intended, int[] observedAt, int[] intendedAt, int cost) {
        this.observed = observed;
        this.intended = intended;
        this.observedAt = observedAt;
        this.intendedAt = intendedAt;
        this.cost = cost;
    }

    /** One grouped difference: a run of non-matching columns, e.g. "ye" → "ự", "6" → "ố", "rn" → "m". */
    public record Edit(String observed, String intended) {
        public Edit {
            Objects.requireNonNull(observed, "observed");
            Objects.requireNonNull(intended, "intended");
            if (observed.isEmpty() && intended.isEmpty()) {
                throw new IllegalArgumentException("empty edit");
            }
        }

        public boolean isIdentity() {
            return observed.equals(intended);
        }
    }

    /**
     * Aligns the two strings. Time and memory are proportional to the product of their lengths (a page of
     * 3,000 characters each takes 9 M cells: about 10 MB and well under a second).
     */
    public static CharAlignment align(String observed, String intended) {
        int n = observed.length();
        int m = intended.length();
        char[] o = observed.toCharArray();
        char[] t = intended.toCharArray();
        char[] oBase = skeleton(observed);
        char[] tBase = skeleton(intended);
        // every optimal move of a cell, as bits: DIAG, UP (observed char against a gap), LEFT (intended char against
        // a gap); the trace-back keeps going the way it went when it can, so gaps stay in one piece
        byte[] back = new byte[(n + 1) * (m + 1)];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = j * GAP;
            back[j] = LEFT;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i * GAP;
            back[i * (m + 1)] = UP;
            for (int j = 1; j <= m; j++) {
                int sub = o[i - 1] == t[j - 1] ? 0 : oBase[i - 1] == tBase[j - 1] ? SIMILAR : DIFFERENT;
                int diag = prev[j - 1] + sub;
                int up = prev[j] + GAP;
                int left = cur[j - 1] + GAP;
                int best = Math.min(diag, Math.min(up, left));
                cur[j] = best;
                back[i * (m + 1) + j] = (byte) ((diag == best ? DIAG : 0) | (up == best ? UP : 0) | (left == best ? LEFT : 0));
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        int total = prev[m];
        List<int[]> cols = new ArrayList<>(Math.max(n, m) + 8);
        int i = n;
        int j = m;
        byte last = DIAG;
        while (i > 0 || j > 0) {
            byte moves = back[i * (m + 1) + j];
            byte move = (moves & last) != 0 ? last : (moves & DIAG) != 0 ? DIAG : (moves & UP) != 0 ? UP : LEFT;
            if (move == DIAG) {
                cols.add(new int[] {--i, --j});
            } else if (move == UP) {
                cols.add(new int[] {--i, -1});
            } else {
                cols.add(new int[] {-1, --j});
            }
            last = move;
        }
        int size = cols.size();
        int[] oa = new int[size];
        int[] ta = new int[size];
        for (int k = 0; k < size; k++) {
            int[] c = cols.get(size - 1 - k);
            oa[k] = c[0];
            ta[k] = c[1];
        }
        return new CharAlignment(observed, intended, oa, ta, total);
    }

    /** Lower-case letters without diacritics: the letter "family" used to price substitutions. */
    private static char[] skeleton(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            String base = Diacritics.strip(String.valueOf(s.charAt(i))).toLowerCase(Locale.ROOT);
            out[i] = base.length() == 1 ? base.charAt(0) : s.charAt(i);
        }
        return out;
    }

    public String observed() {
        return observed;
    }

    public String intended() {
        return intended;
    }

    public int columns() {
        return observedAt.length;
    }

    public int observedAt(int column) {
        return observedAt[column];
    }

    public int intendedAt(int column) {
        return intendedAt[column];
    }

    /** The weighted cost of the alignment (0 when equal). */
    public int cost() {
        return cost;
    }

    /** Plain Levenshtein distance implied by the alignment: the number of non-matching columns. */
    public int distance() {
        int d = 0;
        for (int k = 0; k < columns(); k++) {
            if (!matches(k)) {
                d++;
            }
        }
        return d;
    }

    private boolean matches(int k) {
        return observedAt[k] >= 0 && intendedAt[k] >= 0 && observed.charAt(observedAt[k]) == intended.charAt(intendedAt[k]);
    }

    /**
     * The observed offset that corresponds to an intended offset in [0, intended.length()]: where a span of the
     * intended text starts or ends in the observed text. Gaps take the position of the next observed character.
     */
    public int observedOffset(int intendedOffset) {
        return mapOffset(intendedOffset, intendedAt, observedAt, observed.length());
    }

    /** The intended offset that corresponds to an observed offset in [0, observed.length()]. */
    public int intendedOffset(int observedOffset) {
        return mapOffset(observedOffset, observedAt, intendedAt, intended.length());
    }

    private static int mapOffset(int offset, int[] from, int[] to, int toLength) {
        for (int k = 0; k < from.length; k++) {
            if (from[k] >= offset) {
                // the first column at or after the offset: the other side's next character
                for (int q = k; q < to.length; q++) {
                    if (to[q] >= 0) {
                        return to[q];
                    }
                }
                return toLength;
            }
        }
        return toLength;
    }

    /**
     * The differences as edits: a run of plain substitutions gives one edit per character; a run with an
     * insertion or deletion stays one grouped edit ("ye" → "ự", "rn" → "m"). An edit that would have an empty side (a pure insertion or deletion) is
     * widened by the matching character before it (or after it at the start), so both sides are non-empty:
     * "trr" for "tr" becomes "rr" → "r".
     */
    public List<Edit> edits() {
        List<Edit> out = new ArrayList<>();
        int k = 0;
        int cols = columns();
        while (k < cols) {
            if (matches(k)) {
                k++;
                continue;
            }
            int start = k;
            while (k < cols && !matches(k)) {
                k++;
            }
            if (!hasGap(start, k)) {
                // substitutions only: each column is its own confusion ("di" → "đị" is "d" → "đ" and "i" → "ị")
                for (int c = start; c < k; c++) {
                    out.add(new Edit(String.valueOf(observed.charAt(observedAt[c])),
                            String.valueOf(intended.charAt(intendedAt[c]))));
                }
                continue;
            }
            int from = start;
            int to = k;
            if (sideEmpty(from, to, observedAt) || sideEmpty(from, to, intendedAt)) {
                if (from > 0) {
                    from--;
                } else if (to < cols) {
                    to++;
                }
            }
            out.add(new Edit(side(from, to, observedAt, observed), side(from, to, intendedAt, intended)));
        }
        return out;
    }

    /** Characters of the intended string that were read right, one entry per matching column. */
    public List<Character> matchedCharacters() {
        List<Character> out = new ArrayList<>();
        for (int k = 0; k < columns(); k++) {
            if (matches(k)) {
                out.add(intended.charAt(intendedAt[k]));
            }
        }
        return out;
    }

    private boolean hasGap(int from, int to) {
        for (int k = from; k < to; k++) {
            if (observedAt[k] < 0 || intendedAt[k] < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean sideEmpty(int from, int to, int[] at) {
        for (int k = from; k < to; k++) {
            if (at[k] >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String side(int from, int to, int[] at, String s) {
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            if (at[k] >= 0) {
                b.append(s.charAt(at[k]));
            }
        }
        return b.toString();
    }
}
