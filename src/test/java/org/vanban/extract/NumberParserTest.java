package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // administrative
        "362/KH-SGD&ĐT-VP      | 362/KH-SGD&ĐT-VP  | 362  | null | KH",
        "2294/VPUBND-THNV      | 2294/VPUBND-THNV  | 2294 | null | null",
        // legal-normative, with a year
        "30/2020/NĐ-CP         | 30/2020/NĐ-CP     | 30   | 2020 | NĐ",
        "197/2025/QH15         | 197/2025/QH15     | 197  | 2025 | null",
        // Party
        "34-NQ/TW              | 34-NQ/TW          | 34   | null | NQ",
        "14-KH/TU              | 14-KH/TU          | 14   | null | KH",
        // spacing and case
        "27/NQ- TW             | 27-NQ/TW          | 27   | null | NQ",
        "12/ct-tw              | 12-CT/TW          | 12   | null | CT",
        "131 / QĐ-TTG          | 131/QĐ-TTg        | 131  | null | QĐ",
        // OCR reads Đ as D or P
        "72/2015/ND-CP         | 72/2015/NĐ-CP     | 72   | 2015 | NĐ",
        "12/2024/NQ-HDND       | 12/2024/NQ-HĐND   | 12   | 2024 | NQ",
        "45/QP-UBND            | 45/QĐ-UBND        | 45   | null | QĐ",
        "10/HD-SGD&DT          | 10/HD-SGD&ĐT      | 10   | null | HD",
        // OCR read Đ as the look-alike eth Ð (U+00D0), and lost the case of QĐi
        "178-QÐ/TW             | 178-QĐ/TW         | 178  | null | QĐ",
        "11-QĐI/TW             | 11-QĐi/TW         | 11   | null | null",
        // mixed-case codes keep their case
        "58/TTr-SNgV           | 58/TTr-SNgV       | 58   | null | TTr",
        // a number with a letter suffix, given out between two others
        "30c/NQ-CP             | 30c/NQ-CP         | 30   | null | NQ",
        "15a/2021/TT-BTC       | 15a/2021/TT-BTC   | 15   | 2021 | TT",
        // a draft with the number left blank
        "'      /KH-UBND'      | /KH-UBND          | null | null | KH",
    })
    void canonicalisesTheThreeSchemes(String printed, String canonical, Integer number, Integer year, String typeCode) {
        DirectiveNumber n = NumberParser.parse(printed, 0).orElseThrow();
        assertEquals(canonical, n.canonical());
        assertEquals(number, n.docNumber());
        assertEquals(year, n.year());
        assertEquals(typeCode, n.typeCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a symbol broken by a line wrap keeps its printed form and span
        "'theo Quyết định số 272-\\nQĐ/TW, ngày 21/01/2015' | 272-QĐ/TW | 272-\\nQĐ/TW",
        // the letter suffix belongs to the number
        "'ban hành kèm theo Nghị quyết số 30c/NQ-CP ngày 08/11/2011' | 30c/NQ-CP | 30c/NQ-CP",
        // OCR left a blank line inside the symbol
        "'theo Chỉ thị số 12-CT/\\n\\nTW của Ban Bí thư' | 12-CT/TW | 12-CT/\\n\\nTW",
        // the sentence's full stop is not part of the symbol
        "'theo Kế hoạch số 219/KH-UBND.'                  | 219/KH-UBND | 219/KH-UBND",
    })
    void findsSymbolsInRunningText(String row, String canonical, String printedRow) {
        String text = row.replace("\\n", "\n");
        String printed = printedRow.replace("\\n", "\n");
        List<DirectiveNumber> found = NumberParser.find(text, 0, text.length());
        assertEquals(1, found.size(), found.toString());
        assertEquals(canonical, found.get(0).canonical());
        assertEquals(printed, found.get(0).printed());
        assertEquals(printed, found.get(0).span().of(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "họp 2 lần/tháng",
        "giai đoạn 2022-2026",
        "ngày 01-10-1997",
        "tỷ lệ 1/3 số hộ",
        "Covid-19 và 4.0",
        // a letter after digits that is not followed by a symbol
        "kiểm tra 8/25 xã, 3a/b",
        // a year and the capitalised word after a dash
        "ngày tháng 01 năm 2026-Căn cứ Luật",
    })
    void ignoresLookAlikes(String text) {
        assertTrue(NumberParser.find(text, 0, text.length()).isEmpty());
    }
}
