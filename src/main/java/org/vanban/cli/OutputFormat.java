package org.vanban.cli;

/** How query commands print results. */
public enum OutputFormat {
    /** Aligned columns for people (the default). */
    TABLE,
    /** One JSON object per line (NDJSON). */
    JSON,
    /** RFC 4180 CSV with a header row. */
    CSV
}
