package org.vanban.text.channel;

import java.util.ArrayList;
import java.util.List;
import org.vanban.text.Token;
import org.vanban.text.TokenType;
import org.vanban.text.VietnameseText;

/**
 * Lines OCR output up with its true text token by token: the two texts (whitespace collapsed, so line breaks
 * need not agree) are aligned character by character, each true token's span is carried over to the OCR text,
 * and the OCR text inside it is cut into tokens the way {@link VietnameseText#tokenize} cuts it, which is how
 * a corrector will see it.
 */
public final class TokenAligner {
    private TokenAligner() {}

    /** The pairs for every letter-bearing token of {@code truth} (syllables, words, symbols), in order. */
    public static List<TokenPair> align(String truth, String ocr) {
        String t = collapseSpaces(truth);
        String o = collapseSpaces(ocr);
        CharAlignment a = CharAlignment.align(o, t);
        List<TokenPair> out = new ArrayList<>();
        for (Token tok : VietnameseText.tokenize(t)) {
            if (tok.type() == TokenType.PUNCTUATION || tok.type() == TokenType.NUMBER) {
                continue;
            }
            int os = a.observedOffset(tok.start());
            int oe = Math.max(os, a.observedOffset(tok.end()));
            List<Token> seen = VietnameseText.tokenize(o.substring(os, oe)).stream()
                    .filter(x -> x.type() != TokenType.PUNCTUATION)
                    .toList();
            if (seen.isEmpty()) {
                out.add(new TokenPair("", tok.text(), tok.type(), TokenPair.Kind.LOST));
            } else if (seen.size() > 1) {
                out.add(new TokenPair(String.join(" ", seen.stream().map(Token::text).toList()), tok.text(),
                        tok.type(), TokenPair.Kind.SPLIT));
            } else {
                Token s = seen.get(0);
                boolean glued = isGlue(o, os + s.start() - 1) || isGlue(o, os + s.end());
                out.add(new TokenPair(s.text(), tok.text(), tok.type(),
                        glued ? TokenPair.Kind.MERGED : TokenPair.Kind.ONE_TO_ONE));
            }
        }
        return out;
    }

    /** A character that would join the OCR token to the next one: anything but space and punctuation. */
    private static boolean isGlue(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return !Character.isWhitespace(c) && VietnameseText.tokenize(String.valueOf(c)).stream()
                .noneMatch(x -> x.type() == TokenType.PUNCTUATION);
    }

    /** NFC, every run of whitespace (line breaks included) as one space, no space at the ends. */
    static String collapseSpaces(String s) {
        return VietnameseText.nfc(s).replaceAll("\\s+", " ").strip();
    }
}
