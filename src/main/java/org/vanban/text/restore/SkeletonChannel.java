package org.vanban.text.restore;

import org.vanban.text.lm.NgramModel;

/**
 * Lost or wrong diacritics: every vocabulary word with the token's skeleton ("thuc" → thực, thức, thúc).
 * Inside document symbols only the đ may be restored ("SGD&DT" → "SGD&ĐT").
 */
public final class SkeletonChannel implements ChannelModel {
    private final NgramModel lm;
    private final SkeletonIndex index;

    SkeletonChannel(NgramModel lm, SkeletonIndex index) {
        this.lm = lm;
        this.index = index;
    }

    @Override
    public void propose(Observation token, ChannelCosts costs, Sink sink) {
        double cost = token.hasDiacritics() ? costs.changeDiacritics() : costs.addDiacritics();
        for (int id : index.words(token.skeleton())) {
            String word = lm.word(id);
            if (word.equals(token.form())) {
                continue;
            }
            if (token.protectedSymbol() && !word.replace('đ', 'd').equals(token.form())) {
                continue;
            }
            sink.offer(id, cost);
        }
    }
}
