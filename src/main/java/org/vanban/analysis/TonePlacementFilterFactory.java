package org.vanban.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link TonePlacementFilter}; takes no parameters.
 *
 * <pre>{@code <filter class="vietnameseTonePlacement"/>}</pre>
 */
public final class TonePlacementFilterFactory extends TokenFilterFactory {
    /** SPI name. */
    public static final String NAME = "vietnameseTonePlacement";

    public TonePlacementFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default ctor for compatibility with SPI. */
    public TonePlacementFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new TonePlacementFilter(input);
    }

    /** Query-time normalisation of a single term applies the same placement. */
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
