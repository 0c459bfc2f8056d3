package org.vanban.text.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelDataToolTest {
    @Test
    void excludedRowsAreParsedAndDefaultToNone() {
        ChannelDataTool.Config none = ChannelDataTool.parse(new String[] {"--corpus", "c", "--tessdata", "t"});
        assertTrue(none.excludedRows().isEmpty());
        ChannelDataTool.Config some = ChannelDataTool.parse(
                new String[] {"--corpus", "c", "--tessdata", "t", "--exclude-rows", "253, 7,253"});
        assertEquals(Set.of(7, 253), some.excludedRows());
    }

    @Test
    void badOptionsAreRefusedWithTheirName() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ChannelDataTool.parse(new String[] {"--corpus", "c", "--tessdata", "t", "--own-ocr", "x"}));
        assertEquals("unknown option --own-ocr", unknown.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ChannelDataTool.parse(new String[] {"--corpus", "c", "--tessdata", "t", "--exclude-rows", "a"}));
    }
}
