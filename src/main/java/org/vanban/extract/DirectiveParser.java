package org.vanban.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses a directive's text into a {@link Directive}: header, signature block, citations, outline
 * and obligations, each by its own stage. Every offset refers to {@code text} as given.
 */
public final class DirectiveParser {
    public Directive parse(String source, String text) {
        TextLines lines = new TextLines(text);
        Header header = HeaderParser.parse(lines);
        Signature signature = SignatureParser.parse(lines, header.bodyStart());

        String own = header.number() == null ? null : header.number().canonical();
        Set<Integer> notCited = new HashSet<>(signature.lines());
        int citeFrom = header.number() == null ? 0 : header.number().span().end();
        List<Citation> citations = CitationResolver.resolve(
                CitationFinder.find(lines, citeFrom, text.length(), own, notCited));

        List<OutlineParser.Block> blocks = OutlineParser.parse(lines, header.bodyStart(), signature.lines());
        List<Obligation> obligations = ObligationFinder.find(lines, blocks, skipBefore(header.bodyStart(), signature.lines()));

        return new Directive(source,
                own,
                header.number() == null ? null : header.number().docNumber(),
                header.number() == null ? null : header.number().year(),
                header.typeCode(),
                header.type(),
                header.issuer(),
                header.parentIssuer(),
                header.place(),
                header.date(),
                header.title(),
                signature.signer(),
                signature.signerTitle(),
                signature.recipients(),
                citations,
                OutlineParser.sections(blocks),
                obligations);
    }

    private static Set<Integer> skipBefore(int bodyStart, Set<Integer> more) {
        Set<Integer> skip = new HashSet<>(more);
        for (int i = 0; i < bodyStart; i++) {
            skip.add(i);
        }
        return skip;
    }
}
