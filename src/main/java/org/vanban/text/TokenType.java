package org.vanban.text;

/** What a token of Vietnamese text is, as far as spelling alone can tell. */
public enum TokenType {
    /** Letters only, and a well-formed Vietnamese syllable in any case: "Thực", "hiện", "UBND" is not one. */
    SYLLABLE,
    /** Letters only, but not a Vietnamese syllable: abbreviations (UBND, THPT), foreign words, OCR noise ("Thyec"). */
    WORD,
    /** Digits, with . , / : - between them: "12", "05/01/2022", "1.000.000", "3,5". */
    NUMBER,
    /** Anything else without spaces: document symbols ("12-CT/TW", "SGD&ĐT"), OCR damage ("s6", "hi¢n"). */
    SYMBOL,
    /** A run of punctuation before, between or after the other tokens: ",", "(", "./.", "…". */
    PUNCTUATION
}
