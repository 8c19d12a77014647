package org.planlineage.ingest;

/**
 * One piece of a text read into a value, beside the words it was read from and the lines they are on. The words are
 * always kept: {@code value} is null when the words are there but give nothing to read (a number left blank,
 * "ngày … tháng 8 năm 2025").
 *
 * @param value what the words say (a number, a date, a type), or null
 * @param words the words exactly as the text writes them (NFC, lines joined with one space)
 * @param lines where they are
 */
public record Read<T>(T value, String words, LineRange lines) {}
