package org.vanban.text.restore;

import java.util.Locale;
import org.vanban.text.lm.LmText;
import org.vanban.text.lm.NgramModel;

/** Whole-token confusions learned from OCR output ("ctia" → của, "b6" → bộ), with their learned costs. */
public final class LearnedTokenChannel implements ChannelModel {
    private final NgramModel lm;
    private final LearnedConfusions table;

    LearnedTokenChannel(NgramModel lm, LearnedConfusions table) {
        this.lm = lm;
        this.table = table;
    }

    @Override
    public void propose(Observation token, ChannelCosts costs, Sink sink) {
        if (token.protectedSymbol()) {
            return;
        }
        double scale = costs.rule() / ChannelCosts.PLAIN.rule();
        for (LearnedConfusions.Reading r : table.readings(token.text().toLowerCase(Locale.ROOT))) {
            String form = LmText.wordForm(r.intended());
            if (lm.contains(form)) {
                sink.offer(lm.id(form), r.cost() * scale);
            }
        }
    }
}
