package org.vanban.extract;

import java.util.Objects;

/**
 * A document number and symbol ("số và ký hiệu") as printed and in canonical form.
 *
 * @param printed   the text as printed, spaces and line breaks included
 * @param canonical no spaces, canonical case, OCR Đ/D confusions repaired ("362/KH-SGD&ĐT-VP")
 * @param docNumber the leading number, null when left blank (drafts)
 * @param year      the year segment of legal-normative numbers ("30/2020/NĐ-CP"), else null
 * @param typeCode  the type code the symbol carries ("KH", "NQ"), null when it carries none
 * @param span      where {@code printed} stands in the text
 */
public record DirectiveNumber(String printed, String canonical, Integer docNumber, Integer year, String typeCode, Span span) {
    public DirectiveNumber {
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(span, "span");
        if (canonical.isEmpty() || canonical.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not a canonical number: '" + canonical + "'");
        }
    }
}
