package bd.udbhabon.inbox.web;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.inbox.InboxKind;
import bd.udbhabon.inbox.internal.InboxItem;
import bd.udbhabon.inbox.internal.InboxRepository;
import bd.udbhabon.shell.UserFacingException;

/**
 * The inbox page's filters as its address gives them ({@code ?kind=minutes&status=RECEIVED&below=12&year=2025-26&page=0});
 * blank: any. A value that is none is refused in the user's language.
 */
public record InboxFilter(String kind, String status, String below, String year, Integer page) {

    InboxRepository.Filter read() {
        InboxKind k = blank(kind) ? null : InboxKind.of(kind.strip())
                .orElseThrow(() -> UserFacingException.badRequest("inbox.error.kind", kind));
        InboxItem.Status s = null;
        if (!blank(status)) {
            try {
                s = InboxItem.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw UserFacingException.badRequest("inbox.error.status", status);
            }
        }
        Long b = null;
        if (!blank(below)) {
            try {
                b = Long.parseLong(BanglaDigits.toLatin(below.strip()));
            } catch (NumberFormatException e) {
                throw UserFacingException.badRequest("inbox.error.below", below);
            }
        }
        FiscalYear y = null;
        if (!blank(year)) {
            try {
                y = FiscalYear.parse(year.strip());
            } catch (IllegalArgumentException e) {
                throw UserFacingException.badRequest("inbox.error.year", year);
            }
        }
        return new InboxRepository.Filter(k, s, b, y);
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    /** This filter's query string without the page, for the pager's and the acknowledgement's links back. */
    public String query() {
        StringBuilder q = new StringBuilder();
        add(q, "kind", kind);
        add(q, "status", status);
        add(q, "below", below);
        add(q, "year", year);
        return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (!blank(value)) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String value(String name) {
        String v = switch (name) {
            case "kind" -> kind;
            case "status" -> status;
            case "below" -> below;
            case "year" -> year;
            default -> null;
        };
        return v == null ? "" : v.strip();
    }
}
