package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Items of the recipients' block that OCR ended with a colon, and colons that stay. */
class RecipientListTest {
    @Test
    void aColonEndingARecipientIsASemicolon() {
        String ocr = "Nơi nhận:\n- Như Điều 3:\n- Bộ Tài chính;\n\n- Văn phòng Trung ương:\n- Lưu: VT, KT.";
        String expected = "Nơi nhận:\n- Như Điều 3;\n- Bộ Tài chính;\n\n- Văn phòng Trung ương;\n- Lưu: VT, KT.";
        assertEquals(expected, RecipientList.semicolons(ocr));
    }

    @Test
    void colonsOutsideTheBlockOrBeforeSubItemsStay() {
        String text = "Hồ sơ gồm:\n- Tờ khai:\n- Bản sao;\nNơi nhận:\n- Các đơn vị thuộc Bộ:\n+ Vụ Pháp chế;\n"
                + "- Lưu: VT.\nKT. BỘ TRƯỞNG\n- Ghi chú:";
        assertEquals(text, RecipientList.semicolons(text));
    }
}
