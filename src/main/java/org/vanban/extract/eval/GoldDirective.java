package org.vanban.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected extraction of one directive, read from NAME.expected.json: the fields of
 * {@link org.vanban.extract.Directive} without spans, mentions and sections.
 */
public record GoldDirective(Map<String, String> fields, List<String> recipients, List<GoldCitation> citations,
        List<GoldObligation> obligations) {
    /** The scalar fields compared one by one, in report order. */
    public static final List<String> FIELDS = List.of("number", "docNumber", "year", "typeCode", "type", "issuer",
            "parentIssuer", "place", "date", "title", "signer", "signerTitle");

    public GoldDirective {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        recipients = List.copyOf(recipients);
        citations = List.copyOf(citations);
        obligations = List.copyOf(obligations);
    }

    public record GoldCitation(String type, String number, String date, String issuer, String name) {}

    public record GoldObligation(String actor, List<String> partners, String deadline, String frequency) {
        public GoldObligation {
            partners = List.copyOf(partners);
        }
    }

    public static GoldDirective of(JsonNode root) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : FIELDS) {
            fields.put(f, text(root.get(f)));
        }
        List<String> recipients = strings(root.get("recipients"));
        List<GoldCitation> citations = new ArrayList<>();
        for (JsonNode c : iterable(root.get("citations"))) {
            citations.add(new GoldCitation(text(c.get("type")), text(c.get("number")), text(c.get("date")),
                    text(c.get("issuer")), text(c.get("name"))));
        }
        List<GoldObligation> obligations = new ArrayList<>();
        for (JsonNode o : iterable(root.get("obligations"))) {
            obligations.add(new GoldObligation(text(o.get("actor")), strings(o.get("partners")), text(o.get("deadline")),
                    text(o.get("frequency"))));
        }
        return new GoldDirective(fields, recipients, citations, obligations);
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null || node.isNull() ? List.of() : node;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : iterable(node)) {
            out.add(n.asText());
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
