package org.vanban.extract;

import java.util.List;

/**
 * A distinct document cited by the one being parsed.
 *
 * @param type     the cited document's type as a word ("Nghị quyết"), null when unknown
 * @param number   canonical number/symbol ("34-NQ/TW", "30/2020/NĐ-CP"), null for documents cited by name only
 * @param date     ISO date ("2023-01-09") or month ("2024-03"), null when not printed
 * @param issuer   the issuing body as printed ("Bộ Chính trị"), null when not printed
 * @param name     the name of a document cited by name ("Luật Đầu tư"), else null
 * @param mentions every place the document is cited, first one first
 */
public record Citation(String type, String number, String date, String issuer, String name, List<Mention> mentions) {
    public Citation {
        mentions = List.copyOf(mentions);
    }
}
