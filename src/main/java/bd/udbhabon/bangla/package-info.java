/**
 * Bangla writing conventions of Bangladesh government papers, as pure Java (no Spring).
 *
 * <p>What this module owns:
 * <ul>
 *   <li>the Bangla calendar (বঙ্গাব্দ): the revised rules in force from 1 বৈশাখ 1426 (14 April 2019)
 *       and the 1987 Bangla Academy rules before it ({@link bd.udbhabon.bangla.BanglaCalendar},
 *       {@link bd.udbhabon.bangla.BanglaDate}), and the two-line date of official letters
 *       ({@link bd.udbhabon.bangla.DualDate});</li>
 *   <li>Bangla digits, numbers, percentages, list serials and clock times
 *       ({@link bd.udbhabon.bangla.BanglaDigits}, {@link bd.udbhabon.bangla.BanglaNumbers},
 *       {@link bd.udbhabon.bangla.SerialStyle}, {@link bd.udbhabon.bangla.BanglaTime},
 *       {@link bd.udbhabon.bangla.BanglaNames});</li>
 *   <li>the July–June fiscal year ({@link bd.udbhabon.bangla.FiscalYear});</li>
 *   <li>memo and file numbers (স্মারক / নথি নম্বর) of the Secretariat Instructions 2014 and 2024
 *       ({@link bd.udbhabon.bangla.MemoNumber});</li>
 *   <li>Unicode normalisation (NFC) and Bangla collation ({@link bd.udbhabon.bangla.BanglaText});</li>
 *   <li>names in Bangla and English, shown in the reader's language ({@link bd.udbhabon.bangla.Bilingual}).</li>
 * </ul>
 *
 * <p>Every public type of this package is API for the other modules; all of it is immutable or
 * stateless and thread-safe. Every string the module produces is in Unicode NFC (so য় comes out as
 * U+09AF U+09BC, as in the seed documents). See {@code docs/modules/bangla.md}.
 */
package bd.udbhabon.bangla;
