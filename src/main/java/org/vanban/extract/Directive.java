package org.vanban.extract;

import java.util.List;

/**
 * Everything extracted from one directive. Field names are the JSON schema of {@code vanban extract}
 * and the stored form in the index: keep them stable.
 *
 * @param source       the input path
 * @param number       the full "Số" in canonical form ("362/KH-SGD&ĐT-VP"), null when absent
 * @param docNumber    the numeric part (362), null when blank (drafts) or absent
 * @param year         the year carried by the symbol ("30/2020/NĐ-CP"), else null
 * @param typeCode     the type abbreviation (KH, QĐ, NQ, CT, TB, CV for công văn, ...)
 * @param type         the type as a word ("Kế hoạch")
 * @param issuer       the issuing body ("Sở Giáo dục và Đào tạo")
 * @param parentIssuer the body above it in the header ("UBND tỉnh Hòa Bình"), else null
 * @param place        the place of the date line ("Hòa Bình")
 * @param date         ISO date, or "YYYY-MM" when the day is blank, or null
 * @param title        the trích yếu
 * @param signer       the person who signed
 * @param signerTitle  the signing title with its prefix ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC")
 * @param recipients   the "Nơi nhận" list
 */
public record Directive(
        String source,
        String number,
        Integer docNumber,
        Integer year,
        String typeCode,
        String type,
        String issuer,
        String parentIssuer,
        String place,
        String date,
        String title,
        String signer,
        String signerTitle,
        List<String> recipients,
        List<Citation> citations,
        List<Section> sections,
        List<Obligation> obligations) {
    public Directive {
        recipients = List.copyOf(recipients);
        citations = List.copyOf(citations);
        sections = List.copyOf(sections);
        obligations = List.copyOf(obligations);
    }
}
