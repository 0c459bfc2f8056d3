package org.vanban.text.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyEncodingTest {
    /** Sentences in the style of real directives; tone placement and capitals as in the documents. */
    private static final String[] SENTENCES = {
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Độc lập - Tự do - Hạnh phúc",
        "Thực hiện Chỉ thị số 12-CT/TW, ngày 05/01/2022 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành khẩn trương triển khai thực hiện kế hoạch này.",
        "Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch về kết quả thực hiện nhiệm vụ được giao.",
        "Giám đốc Sở Giáo dục và Đào tạo hướng dẫn các trường THPT tổ chức kỳ thi tuyển sinh năm học 2024-2025.",
        "Quyết định này có hiệu lực thi hành kể từ ngày ký./.",
    };

    @Test
    void unicodeVietnameseIsRecognisedWithoutTryingTheLegacyEncodings() {
        for (String sentence : SENTENCES) {
            assertTrue(LegacyEncoding.isPlainlyUnicode(sentence), sentence);
            assertEquals(Optional.empty(), LegacyEncoding.detect(sentence), sentence);
        }
    }

    @Test
    void legacyTextIsNeverTakenForPlainUnicode() {
        for (String sentence : SENTENCES) {
            for (Encoding e : Encoding.values()) {
                String legacy = LegacyEncoder.fromUnicode(sentence, e);
                assertTrue(!LegacyEncoding.isPlainlyUnicode(legacy), e + ": " + legacy);
            }
        }
        // ASCII, English and stripped Vietnamese hold no Unicode-only letter either.
        assertTrue(!LegacyEncoding.isPlainlyUnicode("Thuc hien Chi thi so 12-CT/TW"));
    }

    @Test
    void decodesTheTcvn3SampleFromAnOldDocument() {
        assertEquals("Cộng hòa Xã hội chủ nghĩa Việt Nam",
                LegacyDecoder.toUnicode("Céng hßa X· héi chñ nghÜa ViÖt Nam", Encoding.TCVN3));
        assertEquals(Optional.of(Encoding.TCVN3), LegacyEncoding.detect("Céng hßa X· héi chñ nghÜa ViÖt Nam"));
    }

    @Test
    void decodesTheVniSampleFromAnOldPdfTextLayer() {
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam",
                LegacyDecoder.toUnicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", Encoding.VNI));
        assertEquals(Optional.of(Encoding.VNI), LegacyEncoding.detect("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"));
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                LegacyDecoder.toUnicode("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", Encoding.VNI));
    }

    @Test
    void restoresCapitalsOfTcvn3Headings() {
        // headings used the capitals font with lower-case codes
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                LegacyDecoder.toUnicode("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", Encoding.TCVN3));
    }

    @Test
    void roundTripsAndDetectsEverySentenceInBothEncodings() {
        for (Encoding e : Encoding.values()) {
            for (String sentence : SENTENCES) {
                String legacy = LegacyEncoder.fromUnicode(sentence, e);
                assertNotEquals(sentence, legacy);
                String expected = e == Encoding.TCVN3 ? sentence.replace("Ủy", "ủy") : sentence; // TCVN3 has no Ủ
                assertEquals(expected, LegacyDecoder.toUnicode(legacy, e), e + ": " + legacy);
                assertEquals(Optional.of(e), LegacyEncoding.detect(legacy), e + ": " + legacy);
            }
        }
    }

    @Test
    void detectsAWholeMultiLineDocument() {
        String text = String.join("\n", SENTENCES);
        for (Encoding e : Encoding.values()) {
            String legacy = LegacyEncoder.fromUnicode(text, e);
            LegacyEncoding.Detection d = LegacyEncoding.best(legacy).orElseThrow();
            assertEquals(e, d.encoding());
            assertTrue(d.score() > 0.5, "score " + d.score());
            assertEquals(SENTENCES.length, LegacyEncoding.toUnicodeIfLegacy(legacy).split("\n").length);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Unicode Vietnamese, in NFC and with many letters that are also legacy codes (ó, ò, ô, ö-free)
        "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc",
        "Ông bà có hỏi thăm, nhưng tôi không nói gì; các cô ấy đều ở nhà.",
        "Thực hiện Chỉ thị số 12-CT/TW, ngày 05/01/2022 của Ban Bí thư",
        // ASCII and other Latin languages
        "The quick brown fox jumps over the lazy dog.",
        "362/KH-SGD&DT-VP, UBND, THPT 2024-2025",
        "Le café crème coûte 3 € à Genève; où êtes-vous?",
        "Müller und Söhne GmbH, Größe: 12 × 3 mm",
        "José Martínez, São Paulo — año 1999",
        // legacy-looking symbols in an ASCII line
        "Copyright © 2020 · All rights reserved ® ¶ 12",
        "",
        "   ",
    })
    void leavesUnicodeAndForeignTextAlone(String text) {
        assertEquals(Optional.empty(), LegacyEncoding.detect(text), text);
        assertEquals(text, LegacyEncoding.toUnicodeIfLegacy(text));
    }

    @Test
    void charactersOutsideTheTablesPassThrough() {
        assertEquals("12-CT/TW, 05/01/2022 ()", LegacyDecoder.toUnicode("12-CT/TW, 05/01/2022 ()", Encoding.VNI));
        assertEquals("abc xyz", LegacyDecoder.toUnicode("abc xyz", Encoding.TCVN3));
    }
}
