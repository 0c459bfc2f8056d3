package org.vanban.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vanban.extract.Citation;
import org.vanban.extract.Directive;
import org.vanban.extract.Obligation;
import org.vanban.index.ArchiveSearcher;
import org.vanban.index.DocumentRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban show ID|NUMBER}: the full extracted record of a document. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "The full extracted record of the document with this id, or of every document with this number.")
public final class ShowCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID|NUMBER", description = "A document id (from search) or number (any spelling).")
    String key;

    @Mixin
    IndexDirOption index;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        List<DocumentRecord> records;
        try (ArchiveSearcher searcher = Searchers.open(index)) {
            records = searcher.show(key);
        }
        if (records.isEmpty()) {
            throw new VanbanException(ExitCode.FATAL, "no document with id or number '" + key + "'");
        }
        records = records.subList(0, Math.min(records.size(), output.limit()));
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format()) {
            case JSON -> records.forEach(r -> out.println(ResultPrinter.json(asJson(r))));
            case CSV -> ResultPrinter.print(out, OutputFormat.CSV, fieldRows(records), FIELD_COLUMNS);
            case TABLE -> records.forEach(r -> table(out, r));
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** The record as one JSON object: id and provenance first, then the Directive's own fields. */
    static ObjectNode asJson(DocumentRecord r) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", r.id());
        node.put("hash", r.hash());
        node.put("textMethod", r.textMethod());
        node.setAll((ObjectNode) JSON.valueToTree(r.directive()));
        return node;
    }

    private record FieldRow(String id, String field, String value) {}

    private static final List<Column<FieldRow>> FIELD_COLUMNS = List.of(
            Column.of("id", 12, FieldRow::id), Column.of("field", 20, FieldRow::field), Column.of("value", 200, FieldRow::value));

    private static List<FieldRow> fieldRows(List<DocumentRecord> records) {
        List<FieldRow> rows = new ArrayList<>();
        for (DocumentRecord r : records) {
            asJson(r).properties().forEach(e -> rows.add(new FieldRow(r.id(), e.getKey(),
                    e.getValue().isTextual() ? e.getValue().asText() : e.getValue().isNull() ? "" : e.getValue().toString())));
        }
        return rows;
    }

    private static void table(PrintWriter out, DocumentRecord r) {
        Directive d = r.directive();
        out.println("id          " + r.id());
        line(out, "source", d.source());
        line(out, "number", d.number());
        line(out, "type", d.type() == null ? d.typeCode() : d.type() + (d.typeCode() == null ? "" : " (" + d.typeCode() + ")"));
        line(out, "issuer", d.issuer());
        line(out, "parent", d.parentIssuer());
        line(out, "place/date", join(d.place(), d.date()));
        line(out, "title", d.title());
        line(out, "signer", join(d.signerTitle(), d.signer()));
        if (!d.recipients().isEmpty()) {
            line(out, "recipients", String.join("; ", d.recipients()));
        }
        if (!d.sections().isEmpty()) {
            out.println("sections    " + d.sections().size());
            d.sections().forEach(s -> out.println("  " + s.path() + "  " + s.heading()));
        }
        if (!d.citations().isEmpty()) {
            out.println("cites       " + d.citations().size());
            for (Citation c : d.citations()) {
                out.println("  " + join(c.type(), c.number() != null ? c.number() : c.name(), c.date()));
            }
        }
        if (!d.obligations().isEmpty()) {
            out.println("obligations " + d.obligations().size());
            for (Obligation o : d.obligations()) {
                out.println("  [" + (o.section() == null ? "-" : o.section()) + "] " + join(o.actor(), o.action())
                        + (o.deadline() == null ? "" : " (hạn: " + o.deadline() + ")")
                        + (o.frequency() == null ? "" : " (" + o.frequency() + ")"));
            }
        }
        out.println();
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.println(String.format("%-11s %s", label, value.replaceAll("\\s+", " ")));
        }
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join(" — ", kept);
    }
}
