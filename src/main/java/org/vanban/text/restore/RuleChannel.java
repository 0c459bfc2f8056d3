package org.vanban.text.restore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vanban.text.lm.LmText;

/**
 * Hand-written confusions of OCR engines that do not know Vietnamese, applied to the skeleton of a token
 * the language model does not know (or one mixing letters with digits or symbols): each rule rewrites a
 * piece of the skeleton, and every vocabulary word with the rewritten skeleton becomes a candidate.
 * One or two rules may apply to a token; each costs {@link ChannelCosts#rule()}.
 */
public final class RuleChannel implements ChannelModel {
    /** A rewrite of a skeleton substring; {@code initial} rules apply only at the start of the token. */
    record Rule(String from, String to, boolean initial) {
        Rule {
            if (from.isEmpty()) {
                throw new IllegalArgumentException("empty rule");
            }
        }
    }

    /** The confusion classes, one row each; the comment says what OCR read for what. */
    static final List<Rule> RULES = List.of(
            new Rule("6", "o", false), //     s6 → số, t6 → tổ, 16i → lối: 6 for ô/ố/ổ
            new Rule("0", "o", false), //     0 for o
            new Rule("1", "l", false), //     1a → là, 1y → lý: 1 for l
            new Rule("1", "i", false), //     1 for i
            new Rule("3", "a", false), //     13 → là: 3 for à
            new Rule("5", "s", false), //     5 for s
            new Rule("8", "b", false), //     8 for b
            new Rule("¢", "e", false), //     hi¢n → hiện: ¢ for ệ
            new Rule("¢", "c", false), //     ¢ for c
            new Rule("€", "e", false), //     € for ệ
            new Rule("€", "c", false), //     € for c
            new Rule("p", "d", true), //      Pảng → Đảng: Đ read as P (D for Đ is a plain skeleton match)
            new Rule("w", "u", false), //     cwong → cường: ư read as w
            new Rule("ii", "u", false), //    ư read as ii
            new Rule("ir", "u", false), //    ngirời → người: ư read as ir
            new Rule("trr", "u", false), //   ư read as trr
            new Rule("rr", "u", false), //    ư read as rr
            new Rule("rn", "m", false), //    rn for m
            new Rule("m", "rn", false), //    m for rn (merged letters the other way)
            new Rule("cl", "d", false), //    cl for d
            new Rule("li", "h", false)); //   li for h

    private static final int MAX_LENGTH = 12;

    private final SkeletonIndex index;

    RuleChannel(SkeletonIndex index) {
        this.index = index;
    }

    @Override
    public void propose(Observation token, ChannelCosts costs, Sink sink) {
        if (token.protectedSymbol() || token.kind() == LmText.Kind.PUNCT || token.kind() == LmText.Kind.NUMBER) {
            return;
        }
        String skeleton = token.skeleton();
        if (skeleton.length() > MAX_LENGTH || (token.inVocabulary() && !hasSymbol(skeleton))) {
            return;
        }
        Set<String> seen = new HashSet<>();
        seen.add(skeleton);
        List<String> once = new ArrayList<>();
        for (String variant : rewrites(skeleton)) {
            if (seen.add(variant)) {
                once.add(variant);
                offer(variant, costs.rule(), sink);
            }
        }
        for (String first : once) {
            for (String variant : rewrites(first)) {
                if (seen.add(variant)) {
                    offer(variant, 2 * costs.rule(), sink);
                }
            }
        }
    }

    private void offer(String skeleton, double cost, Sink sink) {
        for (int id : index.words(skeleton)) {
            sink.offer(id, cost);
        }
    }

    /** Every string that one rule application makes from s. */
    static List<String> rewrites(String s) {
        List<String> out = new ArrayList<>();
        for (Rule rule : RULES) {
            int at = s.indexOf(rule.from());
            while (at >= 0) {
                if (!rule.initial() || at == 0) {
                    out.add(s.substring(0, at) + rule.to() + s.substring(at + rule.from().length()));
                }
                if (rule.initial()) {
                    break;
                }
                at = s.indexOf(rule.from(), at + 1);
            }
        }
        return out;
    }

    private static boolean hasSymbol(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '¢' || c == '€') {
                return true;
            }
        }
        return false;
    }
}
