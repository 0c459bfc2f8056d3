package org.vanban.extract.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vanban.extract.Citation;
import org.vanban.extract.Directive;
import org.vanban.extract.Obligation;
import org.vanban.extract.VietnameseKeys;

/**
 * Compares a parsed directive with its gold extraction. Values are compared after NFC, white
 * space collapsing and tone-placement normalisation (hoà = hòa), which are notational; case and
 * wording must match exactly. Citations match on their canonical number, or on their name when
 * cited by name; obligation actors match as a multiset, case-insensitively.
 */
public final class ExtractionScorer {
    private ExtractionScorer() {}

    public static DocumentScore score(String name, Directive d, GoldDirective gold) {
        List<String> misses = new ArrayList<>();
        Map<String, Boolean> fields = new LinkedHashMap<>();
        Map<String, String> got = actual(d);
        for (String f : GoldDirective.FIELDS) {
            boolean ok = same(got.get(f), gold.fields().get(f));
            fields.put(f, ok);
            if (!ok) {
                misses.add(f + ": got " + quote(got.get(f)) + ", want " + quote(gold.fields().get(f)));
            }
        }
        boolean recipientsOk = d.recipients().size() == gold.recipients().size();
        for (int i = 0; recipientsOk && i < d.recipients().size(); i++) {
            recipientsOk = same(d.recipients().get(i), gold.recipients().get(i));
        }
        fields.put("recipients", recipientsOk);
        if (!recipientsOk) {
            misses.add("recipients: got " + d.recipients() + ", want " + gold.recipients());
        }

        // Citations
        List<Citation> unmatched = new ArrayList<>(d.citations());
        int tp = 0;
        int fn = 0;
        int[] attrs = new int[2];
        for (GoldDirective.GoldCitation g : gold.citations()) {
            Citation match = null;
            for (Citation c : unmatched) {
                boolean same = g.number() != null ? same(c.number(), g.number())
                        : c.number() == null && same(c.name(), g.name());
                if (same) {
                    match = c;
                    break;
                }
            }
            if (match == null) {
                fn++;
                misses.add("citation missed: " + (g.number() != null ? g.number() : g.name()));
                continue;
            }
            tp++;
            unmatched.remove(match);
            attr(attrs, misses, "citation " + label(g) + " type", match.type(), g.type());
            attr(attrs, misses, "citation " + label(g) + " date", match.date(), g.date());
            attr(attrs, misses, "citation " + label(g) + " issuer", match.issuer(), g.issuer());
            attr(attrs, misses, "citation " + label(g) + " name", match.name(), g.name());
        }
        for (Citation c : unmatched) {
            misses.add("citation extra: " + (c.number() != null ? c.number() : c.name()));
        }

        // Obligation actors
        List<Obligation> left = new ArrayList<>(d.obligations());
        int atp = 0;
        int afn = 0;
        int[] oattrs = new int[2];
        for (GoldDirective.GoldObligation g : gold.obligations()) {
            Obligation match = null;
            for (Obligation o : left) {
                if (sameActor(o.actor(), g.actor())) {
                    match = o;
                    break;
                }
            }
            if (match == null) {
                afn++;
                misses.add("actor missed: " + g.actor());
                continue;
            }
            atp++;
            left.remove(match);
            attr(oattrs, misses, "obligation " + g.actor() + " partners", String.join("; ", match.partners()),
                    String.join("; ", g.partners()));
            attr(oattrs, misses, "obligation " + g.actor() + " deadline", match.deadline(), g.deadline());
            attr(oattrs, misses, "obligation " + g.actor() + " frequency", match.frequency(), g.frequency());
        }
        for (Obligation o : left) {
            misses.add("actor extra: " + o.actor());
        }
        return new DocumentScore(name, fields, tp, unmatched.size(), fn, attrs, atp, left.size(), afn, oattrs, misses);
    }

    private static Map<String, String> actual(Directive d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", d.number());
        m.put("docNumber", d.docNumber() == null ? null : d.docNumber().toString());
        m.put("year", d.year() == null ? null : d.year().toString());
        m.put("typeCode", d.typeCode());
        m.put("type", d.type());
        m.put("issuer", d.issuer());
        m.put("parentIssuer", d.parentIssuer());
        m.put("place", d.place());
        m.put("date", d.date());
        m.put("title", d.title());
        m.put("signer", d.signer());
        m.put("signerTitle", d.signerTitle());
        return m;
    }

    private static void attr(int[] counts, List<String> misses, String what, String got, String want) {
        counts[1]++;
        if (same(got, want) || (got == null || got.isEmpty()) && (want == null || want.isEmpty())) {
            counts[0]++;
        } else {
            misses.add(what + ": got " + quote(got) + ", want " + quote(want));
        }
    }

    private static String label(GoldDirective.GoldCitation g) {
        return g.number() != null ? g.number() : g.name();
    }

    static boolean same(String a, String b) {
        return Objects.equals(norm(a), norm(b));
    }

    static boolean sameActor(String a, String b) {
        String na = norm(a);
        String nb = norm(b);
        return na != null && nb != null && na.toLowerCase(java.util.Locale.ROOT).equals(nb.toLowerCase(java.util.Locale.ROOT));
    }

    private static String norm(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        // Tone placement only: keep the case of every letter.
        String key = VietnameseKeys.key(n);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char k = key.charAt(i);
            out.append(Character.isUpperCase(n.charAt(i)) ? Character.toUpperCase(k) : k);
        }
        return out.toString();
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
