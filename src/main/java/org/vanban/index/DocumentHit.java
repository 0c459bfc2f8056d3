package org.vanban.index;

/** One directive found by a search; {@code snippet} marks matches with «…» in the original text. */
public record DocumentHit(
        String id, String source, float score, String number, String typeCode, String date, String title, String snippet) {}
