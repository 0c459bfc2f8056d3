package org.vanban.text.legacy;

/** Pre-Unicode Vietnamese font encodings still found in old documents and in the text layers of old PDFs. */
public enum Encoding {
    /**
     * TCVN 5712:1993 "VN3", the ABC fonts (.VnTime, .VnArial): one byte per letter, shown as Latin-1 characters
     * ("Céng hßa X· héi chñ nghÜa ViÖt Nam"). Upper-case toned letters have no code of their own: headings used
     * the capitals font (.VnTimeH) with the lower-case codes.
     */
    TCVN3,
    /**
     * VNI Windows (VNI-Times): a base letter followed by a Latin-1 character for the marks
     * ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam").
     */
    VNI
}
