package org.vanban.text.restore;

import java.util.function.UnaryOperator;

/** Applies a repair to each line of a text; the line breaks stay where they are. */
final class Lines {
    /** A repair that reads the lines around the one it repairs. */
    @FunctionalInterface
    interface InContext {
        /** The new text of {@code lines[i]}; the lines before it already hold their repaired text. */
        String repair(String[] lines, int i);
    }

    private Lines() {}

    /** Each line repaired on its own. */
    static String map(String text, UnaryOperator<String> repair) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            out.append(repair.apply(nl < 0 ? text.substring(start) : text.substring(start, nl)));
            if (nl < 0) {
                return out.toString();
            }
            out.append('\n');
            start = nl + 1;
        }
    }

    /** A repair that is told which line it repairs (0-based). */
    @FunctionalInterface
    interface Numbered {
        String repair(int index, String line);
    }

    /** Each line repaired on its own, knowing its index. */
    static String mapNumbered(String text, Numbered repair) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int index = 0; ; index++) {
            int nl = text.indexOf('\n', start);
            out.append(repair.repair(index, nl < 0 ? text.substring(start) : text.substring(start, nl)));
            if (nl < 0) {
                return out.toString();
            }
            out.append('\n');
            start = nl + 1;
        }
    }

    /** Each line repaired in the context of its neighbours, from the first line to the last. */
    static String mapInContext(String text, InContext repair) {
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = repair.repair(lines, i);
            if (!line.equals(lines[i])) {
                lines[i] = line;
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : text;
    }
}
