package org.vanban.index;

/**
 * Field names of the index. Three kinds of Lucene documents share one index and are linked by
 * {@link #DOC_ID}: the directive itself, one per obligation and one per cited document. A text
 * field {@code f} is indexed in up to four views: {@code f.exact}, {@code f.folded} and their
 * syllable bigrams {@code f.exact2}, {@code f.folded2}; the original text is stored under {@code f}.
 */
public final class IndexFields {
    private IndexFields() {}

    // Every kind
    public static final String KIND = "kind";
    public static final String DOC_ID = "docId";
    public static final String SOURCE = "source";
    public static final String NUMBER = "number";
    public static final String NUMBER_FOLDED = "number.folded";
    public static final String TYPE_CODE = "typeCode";
    /** Doc values of the directive's type code, for counts; a field of its own to keep schemas consistent. */
    public static final String TYPE_CODE_FACET = "typeCode.facet";
    /** Type code folded and lower-cased ("qd" for QĐ), for filters typed any way. */
    public static final String TYPE_KEY = "typeKey";
    public static final String DATE = "date";
    /** The date as yyyymmdd (a month alone as its first day), for range filters. */
    public static final String DATE_VALUE = "dateValue";
    public static final String YEAR = "year";
    public static final String TITLE = "title";

    // Directive documents
    public static final String HASH = "hash";
    public static final String TYPE = "type";
    public static final String ISSUER = "issuer";
    public static final String BODY = "body";
    /** Where the body text is stored: with its folded view, which the highlighter reads. */
    public static final String BODY_STORED = "body.folded";
    public static final String CITES = "cites";
    public static final String CITES_FOLDED = "cites.folded";
    /** The whole extracted Directive as JSON, for {@code show}. */
    public static final String RECORD = "record";
    public static final String TEXT_METHOD = "textMethod";

    // Obligations
    public static final String ACTOR = "actor";
    public static final String PARTNERS = "partners";
    public static final String ACTION = "action";
    public static final String DEADLINE = "deadline";
    public static final String DEADLINE_VALUE = "deadlineValue";
    public static final String FREQUENCY = "frequency";
    public static final String SECTION = "section";
    public static final String TEXT = "text";

    // Citations
    public static final String CITED = "cited";
    public static final String CITED_FOLDED = "cited.folded";
    public static final String CITED_TYPE = "citedType";
    public static final String CITED_DATE = "citedDate";
    public static final String CITED_NAME = "citedName";
    public static final String SENTENCE = "sentence";

    /** Suffixes of the analysed views of a text field. */
    public static final String EXACT = ".exact";
    public static final String FOLDED = ".folded";
    public static final String EXACT_BIGRAMS = ".exact2";
    public static final String FOLDED_BIGRAMS = ".folded2";

    /** Values of {@link #KIND}. */
    public enum Kind {
        DOCUMENT("document"),
        OBLIGATION("obligation"),
        CITATION("citation");

        private final String value;

        Kind(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }
}
