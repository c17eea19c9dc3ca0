/**
 * Official papers issued with a memo number (office orders, meeting notices, minutes, and next the
 * plans and reports): one way to check the issue form, take the number, render PDF and DOCX, store
 * and audit them in the caller's transaction. See {@code docs/modules/paper.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Official papers")
package bd.udbhabon.paper;
