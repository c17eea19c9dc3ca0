/**
 * Official documents in Bangla: one model of a Bangladesh government paper (office order, notice,
 * minutes, attendance sheet) and its renderings.
 *
 * <p>What this module owns:
 * <ul>
 *   <li>the document model ({@link bd.udbhabon.document.Document} and its parts): letterhead, memo
 *       line with the dual date, title, subject, paragraphs, numbered lists, tables, signature
 *       block, distribution and copy lists, annexes; immutable, built with
 *       {@link bd.udbhabon.document.Document#builder()}; text is checked and normalised (NFC) on
 *       the way in;</li>
 *   <li>the PDF rendering ({@link bd.udbhabon.document.PdfRenderer}): OpenPDF with the JDK's
 *       OpenType shaper, fonts embedded and subset, our own line breaking and alignment on the
 *       widths of the shaped glyphs, ActualText on every run so copy and search give the exact
 *       text;</li>
 *   <li>the DOCX rendering ({@link bd.udbhabon.document.DocxRenderer}, Apache POI) and the HTML
 *       preview ({@link bd.udbhabon.document.HtmlRenderer}) of the same model;</li>
 *   <li>templates: {@link bd.udbhabon.document.OfficeOrder}, {@link bd.udbhabon.document.MeetingNotice},
 *       {@link bd.udbhabon.document.Minutes} (three styles), {@link bd.udbhabon.document.AttendanceSheet}.</li>
 * </ul>
 *
 * <p>Serials, dates and memo numbers come from the {@code bangla} module. See
 * {@code docs/modules/document.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package bd.udbhabon.document;
