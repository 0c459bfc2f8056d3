package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectiveParserTest {
    static String resource(String name) throws IOException {
        try (InputStream in = DirectiveParserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void parsesAWholePlan() throws IOException {
        String text = resource("ke-hoach-so-ttdt-phu-yen.txt");
        Directive d = new DirectiveParser().parse("plan.txt", text);
        assertEquals("215/KH-STTTT", d.number());
        assertEquals(215, d.docNumber());
        assertEquals("Kế hoạch", d.type());
        assertEquals("Sở Thông tin và Truyền thông", d.issuer());
        assertEquals("UBND tỉnh Phú Yên", d.parentIssuer());
        assertEquals("2025-03-08", d.date());
        assertEquals("Lê Thị Hồng Vân", d.signer());
        assertEquals("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", d.signerTitle());
        assertEquals(List.of("UBND tỉnh (b/c)", "Các sở, ban, ngành", "Lưu: VT, BCVT"), d.recipients());
        // "Nghị định 85/2016/NĐ-CP" cited twice is one citation with two mentions
        Citation decree = d.citations().stream().filter(c -> "85/2016/NĐ-CP".equals(c.number())).findFirst().orElseThrow();
        assertEquals(2, decree.mentions().size());
        for (Citation c : d.citations()) {
            for (Mention m : c.mentions()) {
                assertEquals(m.text(), m.span().of(text), "mention spans point into the input");
            }
        }
        for (Obligation o : d.obligations()) {
            assertEquals(o.text(), HeaderParser.clean(o.span().of(text)), "obligation spans point into the input");
        }
        // nothing under MỤC ĐÍCH, YÊU CẦU is an obligation
        assertTrue(d.obligations().stream().noneMatch(o -> o.section() != null && o.section().startsWith("I.")));
        assertEquals(List.of("Phòng Bưu chính - Viễn thông", "Trung tâm Công nghệ thông tin và Truyền thông", "Văn phòng Sở",
                "Văn phòng Sở", "Thanh tra Sở", "các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
                d.obligations().stream().map(Obligation::actor).toList());
    }

    @Test
    void toleratesWhatOcrDoesToTheHeader() throws IOException {
        // merged columns, "Số" read as "Sô", stray spaces and D for Đ in the symbol, CRLF line ends
        String clean = resource("ke-hoach-so-ttdt-phu-yen.txt");
        String ocr = clean.replace("UBND TỈNH PHÚ YÊN\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 215/KH-STTTT\n"
                        + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhú Yên, ngày 08 tháng 3 năm 2025\n",
                        "UBND TỈNH PHÚ YÊN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                + "SỞ THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc\n"
                                + "Sô: 215 /KH- STTTT Phú Yên, ngày 08 tháng 3 năm 2025\n")
                .replace("85/2016/NĐ-CP ngày", "85/2016/ND-CP ngày")
                .replace("\n", "\r\n");
        Directive d = new DirectiveParser().parse("ocr.txt", ocr);
        assertEquals("215/KH-STTTT", d.number());
        assertEquals("Sở Thông tin và Truyền thông", d.issuer());
        assertEquals("UBND tỉnh Phú Yên", d.parentIssuer());
        assertEquals("Phú Yên", d.place());
        assertEquals("2025-03-08", d.date());
        assertEquals("Bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước trên địa bàn tỉnh năm 2025", d.title());
        assertTrue(d.citations().stream().anyMatch(c -> "85/2016/NĐ-CP".equals(c.number())));
        assertEquals("Lê Thị Hồng Vân", d.signer());
    }

    @ParameterizedTest(name = "[{index}]")
    @CsvSource(delimiter = '|', value = {
        "''",
        "'   \\n\\n  '",
        "'Hôm nay trời đẹp, chúng tôi đi chơi công viên và ăn kem.'",
        "'\u0000\u0001binary'",
    })
    void anythingElseGivesAnEmptyResultNotACrash(String text) {
        Directive d = new DirectiveParser().parse("x", text.replace("\\n", "\n"));
        assertNull(d.number());
        assertNull(d.type());
        assertEquals(List.of(), d.obligations());
    }

    @Test
    void theExtractorRefusesBadFilesWithAReason(@TempDir Path dir) throws IOException {
        DirectiveExtractor extractor = new DirectiveExtractor(new TextFileReader());
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Quy\u1EBFt \u0111\u1ECBnh".getBytes(StandardCharsets.UTF_16LE));
        Path prose = Files.writeString(dir.resolve("prose.txt"), "Hôm nay trời đẹp, chúng tôi đi chơi công viên.");
        assertEquals("empty file", ((Extraction.Failed) extractor.extract(empty)).reason());
        assertEquals("binary data, not text", ((Extraction.Failed) extractor.extract(binary)).reason());
        assertInstanceOf(Extraction.Failed.class, extractor.extract(latin1));
        assertTrue(((Extraction.Failed) extractor.extract(prose)).reason().startsWith("not a directive"));
        assertEquals("no such file", ((Extraction.Failed) extractor.extract(dir.resolve("missing.txt"))).reason());
    }
}
