package org.vanban.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link DocumentSymbolFilter}; takes no parameters. Use after a keyword tokenizer.
 *
 * <pre>{@code <filter class="vietnameseDocumentSymbol"/>}</pre>
 */
public final class DocumentSymbolFilterFactory extends TokenFilterFactory {
    /** SPI name. */
    public static final String NAME = "vietnameseDocumentSymbol";

    public DocumentSymbolFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default ctor for compatibility with SPI. */
    public DocumentSymbolFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new DocumentSymbolFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
