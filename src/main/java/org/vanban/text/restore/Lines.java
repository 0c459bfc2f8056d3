package org.vanban.text.restore;

import java.util.function.UnaryOperator;

/** Applies a repair to each line of a text on its own; the line breaks stay where they are. */
final class Lines {
    private Lines() {}

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
}
