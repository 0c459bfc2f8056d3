package org.vanban.extract;

import java.util.Objects;

/** The human-readable summary of a {@link Directive} that {@code vanban extract} prints without --json. */
public final class DirectiveSummary {
    private DirectiveSummary() {}

    public static String format(Directive d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.source()).append('\n');
        field(sb, "number", d.number());
        field(sb, "type", d.type() == null ? null : d.type() + (d.typeCode() == null ? "" : " (" + d.typeCode() + ")"));
        field(sb, "issuer", d.issuer() == null ? null
                : d.issuer() + (d.parentIssuer() == null ? "" : " / " + d.parentIssuer()));
        field(sb, "place, date", join(d.place(), d.date()));
        field(sb, "title", d.title());
        field(sb, "signed", join(d.signerTitle(), d.signer()));
        sb.append(String.format("  %-12s %d%n", "recipients", d.recipients().size()));
        sb.append(String.format("  %-12s %d%n", "citations", d.citations().size()));
        for (Citation c : d.citations()) {
            sb.append("    - ").append(Objects.requireNonNullElse(c.type(), "?")).append(' ')
                    .append(c.number() != null ? c.number() : c.name());
            if (c.date() != null) {
                sb.append(", ").append(c.date());
            }
            if (c.issuer() != null) {
                sb.append(", ").append(c.issuer());
            }
            if (c.mentions().size() > 1) {
                sb.append(" (").append(c.mentions().size()).append(" mentions)");
            }
            sb.append('\n');
        }
        sb.append(String.format("  %-12s %d%n", "sections", d.sections().size()));
        sb.append(String.format("  %-12s %d%n", "obligations", d.obligations().size()));
        for (Obligation o : d.obligations()) {
            sb.append("    - ").append(o.actor());
            if (!o.partners().isEmpty()) {
                sb.append(" + ").append(String.join("; ", o.partners()));
            }
            if (o.deadline() != null) {
                sb.append(" [by ").append(o.deadline()).append(']');
            }
            if (o.frequency() != null) {
                sb.append(" [").append(o.frequency()).append(']');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, String label, String value) {
        sb.append(String.format("  %-12s %s%n", label, value == null ? "-" : value));
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + ", " + b;
    }
}
