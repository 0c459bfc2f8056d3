package org.vanban.text.restore;

import java.util.List;
import org.vanban.text.lm.LmText;
import org.vanban.text.lm.NgramModel;

/**
 * List items of Vietnamese documents are lettered a), b), c), d), đ), e)...: once the diacritics are gone,
 * "d)" is either d or đ, and only the item before it tells which. A trigram model cannot see the previous
 * line, so this remembers the letter of the last item and settles a "d)" item from it: d after c, đ after d.
 * One instance follows one text, line by line.
 */
final class ListMarkers {
    private char last;

    /** Looks at the first tokens of a line: a single letter followed by ")" is a list item. */
    void settle(List<Lattice> line, NgramModel lm) {
        if (line.size() < 2 || line.get(0).token.kind() != LmText.Kind.WORD
                || line.get(0).token.text().length() != 1 || !")".equals(line.get(1).token.text())) {
            return;
        }
        Lattice item = line.get(0);
        String letter = item.token.text();
        char skeleton = item.token.skeleton().charAt(0);
        if (skeleton == 'd' && (last == 'c' || last == 'd') && !Skeleton.hasDiacritics(letter)
                && !"đ".equals(letter) && !"Đ".equals(letter)) {
            String word = last == 'c' ? "d" : "đ";
            if (lm.contains(word)) {
                String spelled = Character.isUpperCase(letter.charAt(0)) ? word.toUpperCase(java.util.Locale.ROOT) : word;
                Lattice settled = item.at(item.start, item.end); // the original may be shared by other lines
                settled.force(lm.id(word), spelled);
                line.set(0, settled);
            }
            last = word.charAt(0);
            return;
        }
        last = Character.toLowerCase(letter.charAt(0));
    }
}
