package org.vanban.text.restore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vanban.text.lm.LmText;

/**
 * Character confusions of OCR engines, applied to the skeleton of a suspicious token (unknown to the
 * language model, or not a Vietnamese syllable, or mixing letters with digits or symbols): each rule rewrites a piece of the skeleton, and
 * every vocabulary word with the rewritten skeleton becomes a candidate. One or two rules may apply to a
 * token. The rules are the hand-written classes below plus, when available, the ones learned from OCR
 * output ({@link LearnedConfusions}).
 */
public final class RuleChannel implements ChannelModel {
    /**
     * A rewrite of a skeleton substring; {@code initial} rules apply only at the start of the token.
     * {@code cost} is in the units of the plain profile; other profiles scale it by their own rule cost.
     */
    record Rule(String from, String to, boolean initial, double cost) {
        Rule {
            if (from.isEmpty() || from.equals(to) || cost < 0) {
                throw new IllegalArgumentException("bad rule " + from + " -> " + to);
            }
        }

        Rule(String from, String to, boolean initial) {
            this(from, to, initial, ChannelCosts.PLAIN.rule());
        }
    }

    /** The hand-written confusion classes, one row each; the comment says what OCR read for what. */
    static final List<Rule> HAND_WRITTEN = List.of(
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
            new Rule("ii", "i", false), //    CHIiNH → CHÍNH: an accented capital read as two letters
            new Rule("ir", "u", false), //    ngirời → người: ư read as ir
            new Rule("trr", "u", false), //   ư read as trr
            new Rule("rr", "u", false), //    ư read as rr
            new Rule("’", "", false), //      tu’ → tư, co’ → cơ: an apostrophe for the horn
            new Rule("'", "", false), //      thu'c → thức
            new Rule("i’", "u", false), //    chi’c → chức
            new Rule("@", "o", false), //     S@ → Sở: @ for ở
            new Rule("&", "o", false), //     S& → Sở: & for ở
            new Rule("rn", "m", false), //    rn for m
            new Rule("m", "rn", false), //    m for rn (merged letters the other way)
            new Rule("cl", "d", false), //    cl for d
            new Rule("li", "h", false)); //   li for h

    private static final int MAX_LENGTH = 12;

    private static final int MAX_SECOND_ROUND = 24;

    private final SkeletonIndex index;
    private final List<Rule> rules;

    RuleChannel(SkeletonIndex index, List<Rule> rules) {
        this.index = index;
        this.rules = List.copyOf(rules);
    }

    @Override
    public void propose(Observation token, ChannelCosts costs, Sink sink) {
        if (token.protectedSymbol() || token.kind() == LmText.Kind.PUNCT || token.kind() == LmText.Kind.NUMBER) {
            return;
        }
        String skeleton = token.skeleton();
        if (skeleton.length() > MAX_LENGTH || (!token.suspicious() && !hasSymbol(skeleton))) {
            return;
        }
        double scale = costs.rule() / ChannelCosts.PLAIN.rule();
        Map<String, Double> once = new HashMap<>();
        once.put(skeleton, 0.0);
        rewrites(skeleton, 0.0, once);
        once.remove(skeleton);
        List<Map.Entry<String, Double>> first = new ArrayList<>(once.entrySet());
        first.sort(Map.Entry.comparingByValue());
        Map<String, Double> twice = new HashMap<>();
        for (int i = 0; i < first.size() && i < MAX_SECOND_ROUND; i++) {
            rewrites(first.get(i).getKey(), first.get(i).getValue(), twice);
        }
        twice.forEach((variant, cost) -> once.merge(variant, cost, Math::min));
        once.remove(skeleton);
        once.forEach((variant, cost) -> {
            for (int id : index.words(variant)) {
                sink.offer(id, cost * scale);
            }
        });
    }

    /** Adds every string one rule application makes from s, with its cost (cheapest kept). */
    private void rewrites(String s, double base, Map<String, Double> out) {
        for (Rule rule : rules) {
            int at = s.indexOf(rule.from());
            while (at >= 0) {
                if (!rule.initial() || at == 0) {
                    out.merge(s.substring(0, at) + rule.to() + s.substring(at + rule.from().length()),
                            base + rule.cost(), Math::min);
                }
                if (rule.initial()) {
                    break;
                }
                at = s.indexOf(rule.from(), at + 1);
            }
        }
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
