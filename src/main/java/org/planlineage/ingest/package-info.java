/**
 * Reading Vietnamese legal texts with code: pure Java, no Spring, no database, no lookups. {@link
 * org.planlineage.ingest.DocumentReader} reads a decision's, plan's or resolution's header and every citation it
 * states into a {@link org.planlineage.ingest.ReadDocument}; {@link org.planlineage.ingest.ReorganisationReader}
 * reads a resolution that rearranges commune-level units (1687/NQ-UBTVQH15) into a {@link
 * org.planlineage.ingest.ReorganisationReading}. Every piece keeps the words it was read from and their lines; what
 * cannot be read is a {@link org.planlineage.ingest.Warning}, never a guess. The rules:
 *
 * <h2>Text</h2>
 * <ul>
 *   <li>Each line is NFC-normalised (1687 and 001 are partly decomposed) and stripped of Markdown marks ({@code **},
 *       {@code #}, an italic line, {@code <sup>}); lines keep their numbers, blank lines included.
 *   <li>Lines are joined with one space, so a name or sentence wrapped over lines reads whole; a document number
 *       broken after "-" or "/" ("742/QĐ-" / "UBND", "07-" / "NQ/TU") is joined without one.
 *   <li>Words the extraction glued ("gọilà", "Trường Anthành", "Tam Bìnhsau", "vàcác") are handled where the reading
 *       depends on them: the clause markers of a reorganisation match with spaces optional, "thành" is matched in lower
 *       case only (so "Trung Thành" stays a name), and "và" separates units even when glued. A unit name that is not
 *       words in capitals is a SUSPICIOUS_NAME warning.
 * </ul>
 *
 * <h2>Header</h2>
 * <ul>
 *   <li>Looked for above the first statement and within 60 lines. "Số: ..." gives the number (blank digits, as in
 *       "……../KH-VPUBND", give no number and a warning); the capitals above it, left column, give the issuer's lines
 *       (the national motto and the Party's name excluded); "Place, ngày d tháng m năm y" or "Place, d/m/y" gives place
 *       and date (a blank day gives no date and a warning); a line that is only a type word in capitals ("QUYẾT ĐỊNH",
 *       "KẾ HOẠCH HÀNH ĐỘNG") gives the type, and the lines under it the title, up to the authority line ("CHỦ TỊCH ỦY
 *       BAN NHÂN DÂN ..."), a statement or a section.
 *   <li>No "Số:" line: the number and date of an appendix's "(Kèm theo Kế hoạch số ... ngày ...)", with a warning. No
 *       heading: the type from the number's form. Nothing at all: one NO_HEADER warning.
 * </ul>
 *
 * <h2>Citations</h2>
 * Read in the title, the opening (up to "QUYẾT ĐỊNH:", "Điều 1" or the first section), Article 1, each attached
 * document's title and opening, and each "Căn cứ pháp lý" / "Căn cứ lập kế hoạch" list; not in the body, tables or
 * footnotes.
 * <ul>
 *   <li>"Căn cứ ..." and list items: LEGAL_BASIS. "Thực hiện ...", and "thực hiện ..." in a title or opening
 *       paragraph: IMPLEMENTS. "Theo/Xét đề nghị của X tại A và B, C": A and B PROPOSED_BY (issuer "của X" unless they
 *       name one), C CITES; "Xét đề nghị" with no document: a warning. "Ban hành kèm theo Quyết định này Kế hoạch
 *       ...": ISSUES.
 *   <li>A reference is a type word with "số" and a number, or a law named with or without a number ("Luật Tổ chức
 *       chính quyền địa phương ngày 19/6/2015"); then its date, its issuer's words ("của ..."), and its title. One
 *       sentence may cite several ("A; B", "A và B"); references joined by "và" share the issuer and title of the
 *       last when they have none of their own, never its date.
 *   <li>A reference named inside a cited document's title is nested ({@link org.planlineage.ingest.Citation#parent()}):
 *       after "thực hiện" IMPLEMENTS, otherwise CITES (numbered ones only). An unnumbered plan issued in Article 1 is,
 *       for the seed, the decision itself (docs/decisions.md): what its name implements belongs to the decision.
 *   <li>A "Căn cứ" or list item with no reference the reader knows: a NO_CITATION warning and no citation.
 * </ul>
 *
 * <h2>Reorganisation</h2>
 * Article 1's clauses are cut at lines starting with the next clause number. "Sắp xếp toàn bộ ... của A, B và C
 * thành xã/phường mới có tên gọi là xã/phường D": each unit with its kind (given once for "các xã A, B"), locality
 * (the parentheses; after a run of numbered wards, for the whole run) and share (WHOLE; PART for "một phần ...";
 * REMAINDER of clause N for "phần còn lại ... tại khoản N"). The totals clause is checked against the clauses; Article
 * 2 gives the day it takes effect ("từ ngày được thông qua" is the day of passing) and the day the new governments
 * start.
 */
package org.planlineage.ingest;
