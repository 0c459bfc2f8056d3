package org.vanban.extract;

/**
 * What the header of a directive says: everything above the body.
 *
 * @param number       the "Số" of the document, null when the header has none
 * @param typeCode     the type code ("KH"; "CV" for công văn)
 * @param type         the type name ("Kế hoạch")
 * @param issuer       the issuing body as written in running text
 * @param parentIssuer the body above it, or null
 * @param place        the place of the date line
 * @param date         ISO date, "YYYY-MM" when the day is blank, or null
 * @param title        the trích yếu on one line
 * @param bodyStart    the index of the first line after the header
 */
public record Header(
        DirectiveNumber number,
        String typeCode,
        String type,
        String issuer,
        String parentIssuer,
        String place,
        String date,
        String title,
        int bodyStart) {
    public Header {
        if (bodyStart < 0) {
            throw new IllegalArgumentException("bodyStart < 0");
        }
    }

    /** Whether anything at all was recognised: a text with none of these is not a directive. */
    public boolean isEmpty() {
        return number == null && type == null && date == null && issuer == null;
    }
}
