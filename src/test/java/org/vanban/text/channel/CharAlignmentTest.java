package org.vanban.text.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharAlignmentTest {
    private static String edits(String observed, String intended) {
        return CharAlignment.align(observed, intended).edits().stream()
                .map(e -> e.observed() + ">" + e.intended())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // observed | intended | edits
        // lost hats and tones: one substitution per letter
        "hien    | hiện   | e>ệ",
        "Dang    | Đảng   | D>Đ a>ả",
        "dinh    | định   | d>đ i>ị",
        // digits and symbols for letters
        "s6      | số     | 6>ố",
        "hi¢n    | hiện   | ¢>ệ",
        "1a      | là     | 1>l a>à",
        // one letter read as two, two as one: a grouped edit
        "Thyec   | Thực   | ye>ự",
        "ngirời  | người  | ir>ư",
        "rnột    | một    | rn>m",
        // a pure insertion or deletion carries the character before it
        "trrong  | trong  | tr>t",
        "tong    | trong  | t>tr",
        // equal strings have no edits
        "của     | của    | ''",
    })
    void groupsEditsTheWayOcrDamagesLetters(String observed, String intended, String expected) {
        assertEquals(expected, edits(observed, intended));
    }

    @Test
    void mapsOffsetsBetweenTheTwoStrings() {
        CharAlignment a = CharAlignment.align("Thyec hien Chi", "Thực hiện Chỉ");
        assertEquals(6, a.observedOffset(5)); // start of "hiện" ↔ start of "hien"
        assertEquals(10, a.observedOffset(9)); // the space after it
        assertEquals(14, a.observedOffset(13)); // the end
        assertEquals(5, a.intendedOffset(6));
    }

    @Test
    void countsMatchedCharactersAndDistance() {
        CharAlignment a = CharAlignment.align("s6", "số");
        assertEquals(List.of('s'), a.matchedCharacters());
        assertEquals(1, a.distance());
        assertEquals(0, CharAlignment.align("", "").distance());
        assertEquals(3, CharAlignment.align("", "abc").distance());
    }
}
