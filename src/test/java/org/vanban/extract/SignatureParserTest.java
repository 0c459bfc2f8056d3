package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureParserTest {
    /** Columns: end of a document | signer | signer title | recipients (";"-separated). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # the list, then the signature block
        'báo cáo về Sở./.\\nNơi nhận:\\n- Như trên;\\n- Lưu: VT, VP.\\nKT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\\nNguyễn Văn An' | Nguyễn Văn An | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC | Như trên;Lưu: VT, VP
        # the signature block first, with the seal note
        'thực hiện./.\\nTM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\n(Đã ký)\\nTrần Thị Bình\\nNơi nhận:\\n- Bộ Nội vụ (b/c);\\n- Lưu: VT.' | Trần Thị Bình | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH | Bộ Nội vụ (b/c);Lưu: VT
        # OCR merged the two columns line by line
        'thực hiện./.\\nNơi nhận: TL. CHỦ TỊCH\\n- Như trên; CHÁNH VĂN PHÒNG\\n- Lưu: VT.\\nLê Văn Cường' | Lê Văn Cường | TL. CHỦ TỊCH CHÁNH VĂN PHÒNG | Như trên;Lưu: VT
        # Party prefix T/M
        'chi bộ.\\nNơi nhận:\\n- Các đồng chí Tỉnh ủy viên,\\n- Lưu Văn phòng Tỉnh ủy.\\nT/M BAN THƯỜNG VỤ\\nPHÓ BÍ THƯ\\nHoàng Văn Phúc' | Hoàng Văn Phúc | T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ | Các đồng chí Tỉnh ủy viên;Lưu Văn phòng Tỉnh ủy
        # no signature at all: the list is still read
        'chỉ đạo./.\\nNơi nhận:\\n- UBND tỉnh (Báo cáo);\\n- Lưu: VT, KHTC (NL.05).' | null | null | UBND tỉnh (Báo cáo);Lưu: VT, KHTC (NL.05)
        # OCR output: blank lines between the items and inside the signature block
        'báo cáo./.\\nNơi nhận:\\n\\n- Sở Nội vụ;\\n\\n- TT HĐND huyện;\\n- Lưu: VT.\\nTM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH\\n\\nPHÓ CHỦ TỊCH\\nLò Văn Minh' | Lò Văn Minh | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH | Sở Nội vụ;TT HĐND huyện;Lưu: VT
        """)
    void readsSignatureAndRecipients(String end, String signer, String title, String recipients) {
        Signature s = SignatureParser.parse(new TextLines(end.replace("\\n", "\n")), 0);
        assertEquals(signer, s.signer(), "signer");
        assertEquals(title, s.signerTitle(), "title");
        assertEquals(Arrays.asList(recipients.split(";")), s.recipients());
    }
}
