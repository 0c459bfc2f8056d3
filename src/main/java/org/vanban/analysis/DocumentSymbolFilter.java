package org.vanban.analysis;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites a whole-field token (from a keyword tokenizer) to the canonical document symbol, so that
 * {@code 12/ct-tw}, {@code 12 - CT/TW} and {@code 12-CT/TW} index and query as one term while
 * {@code 13-CT/TW} stays another. A token that is not a symbol passes unchanged (squeezed of spaces),
 * so a document number printed oddly is still findable by exactly what was printed. Adapter over
 * {@link DocumentSymbols}.
 */
public final class DocumentSymbolFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public DocumentSymbolFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String printed = term.toString();
        Optional<String> canonical = DocumentSymbols.canonical(printed);
        String replacement = canonical.orElseGet(() -> printed.strip().replaceAll("\\s+", ""));
        if (!replacement.equals(printed)) {
            term.setEmpty().append(replacement);
        }
        return true;
    }
}
