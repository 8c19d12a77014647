/**
 * The files analysts open in a spreadsheet: {@code /export/findings.csv} (one row per finding, the filters of the
 * {@code findings} query as request parameters) and {@code /export/compare.csv} (one row per entry or per pair of
 * {@code compare}). UTF-8 with a byte-order mark, so spreadsheets read Vietnamese text correctly; RFC 4180.
 */
package org.planlineage.export;
