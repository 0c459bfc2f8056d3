package org.vanban.extract;

import java.util.List;

/**
 * A task the document assigns: who must do what, with whom, by when.
 *
 * @param actor     the responsible unit ("Văn phòng Sở")
 * @param partners  the units that coordinate (phối hợp)
 * @param action    what must be done
 * @param deadline  ISO date when a date is given, else the phrase as printed ("trước ngày 30/6"), or null
 * @param frequency "hằng năm", "định kỳ", "thường xuyên", ... or null
 * @param section   the outline path of the section holding the task, or null
 * @param text      the whole sentence or list item as printed
 * @param span      where {@code text} stands in the input
 */
public record Obligation(
        String actor,
        List<String> partners,
        String action,
        String deadline,
        String frequency,
        String section,
        String text,
        Span span) {
    public Obligation {
        partners = List.copyOf(partners);
    }
}
