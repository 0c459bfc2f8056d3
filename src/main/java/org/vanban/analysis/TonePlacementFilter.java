package org.vanban.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.vanban.text.TonePlacement;

/**
 * Places the tone mark of every token canonically ({@code hoà} → {@code hòa}, {@code thuỷ} → {@code thủy}),
 * so the exact view of a field does not care which convention a typist followed. A thin adapter over
 * {@link TonePlacement}; it never changes a token's length, so offsets stay as the tokenizer set them.
 */
public final class TonePlacementFilter extends TokenFilter {
    /** Vietnamese has a few thousand syllables: remembering them saves re-normalising every occurrence. */
    private static final int CACHE_LIMIT = 50_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Map<String, String> cache = new HashMap<>();

    public TonePlacementFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (mayCarryTone(term)) {
            String token = term.toString();
            String placed = cache.get(token);
            if (placed == null) {
                placed = TonePlacement.normalize(token);
                if (cache.size() < CACHE_LIMIT) {
                    cache.put(token, placed);
                }
            }
            if (!placed.equals(token)) {
                term.setEmpty().append(placed);
            }
        }
        return true;
    }

    /** Only a token with two vowels and a non-ASCII letter can have its tone on the "wrong" vowel. */
    private static boolean mayCarryTone(CharTermAttribute term) {
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (buffer[i] > 0x7F) {
                return term.length() > 1;
            }
        }
        return false;
    }
}
