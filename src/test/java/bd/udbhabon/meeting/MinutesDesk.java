package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.team.HtmlForm;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A member-secretary's steps through the meeting and minutes pages, as a browser sends them. */
final class MinutesDesk {

    private static final Pattern MEETING_ID = Pattern.compile("/meetings/(\\d+)$");
    private static final Pattern MINUTES_ID = Pattern.compile("/minutes/(\\d+)\\.pdf");

    final Browsing user;
    final int port;

    MinutesDesk(int port, Browsing user) {
        this.port = port;
        this.user = user;
    }

    /** Plans a meeting with the agenda and records every member of the day present: it is held. */
    long hold(long officeId, LocalDate date, String time, String place, List<String> agenda, List<Long> memberPosts) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("chairName", "ড. দেওয়ান মুহাম্মদ হুমায়ুন কবীর",
                "chairDesignation", "বিভাগীয় কমিশনার", "date", date.toString(), "startTime", time, "place", place,
                "onlineLink", ""));
        for (int i = 0; i < agenda.size(); i++) {
            fields.put("agenda[" + i + "].title", agenda.get(i));
        }
        user.get("/offices/" + officeId + "/meetings/new"); // the page gives the form its CSRF token
        var created = Multipart.post(user, port, "/offices/" + officeId + "/meetings/new", fields, null, null);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        Matcher id = MEETING_ID.matcher(created.location());
        assertThat(id.find()).isTrue();
        long meetingId = Long.parseLong(id.group(1));
        Map<String, String> attendance = new LinkedHashMap<>();
        memberPosts.forEach(p -> attendance.put("members[" + p + "].status", "PRESENT"));
        var held = user.post("/offices/" + officeId + "/meetings/" + meetingId + "/attendance", attendance);
        assertThat(held.status()).as(held.body()).isEqualTo(302);
        return meetingId;
    }

    String base(long officeId, long meetingId) {
        return "/offices/" + officeId + "/meetings/" + meetingId + "/minutes";
    }

    /** The minutes form as the page gives it, standing items filled in. */
    HtmlForm form(long officeId, long meetingId) {
        var page = user.get(base(officeId, meetingId) + "/edit");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return HtmlForm.on(page.body(), "#minutes-form");
    }

    Browsing.Page save(HtmlForm form) {
        return form.submit(user, port);
    }

    /** A button on the minutes page ("approve", "circulate", "comment"…), pressed after opening the page. */
    Browsing.Page press(long officeId, long meetingId, long minutesId, String action, Map<String, String> fields) {
        user.get(base(officeId, meetingId));
        return user.post(base(officeId, meetingId) + "/" + minutesId + "/" + action, fields);
    }

    /** The id of the version the minutes page shows. */
    long minutesId(long officeId, long meetingId) {
        Matcher id = MINUTES_ID.matcher(user.get(base(officeId, meetingId)).body());
        assertThat(id.find()).as("the minutes page links its paper").isTrue();
        return Long.parseLong(id.group(1));
    }

    /** Issues approved minutes, opening the memo file on the way when it is new. */
    Browsing.Page issue(long officeId, long meetingId, long minutesId, String fileNumber, long serial, LocalDate on,
                        String signatory, String designation, List<String> distribution, List<String> copies) {
        String path = base(officeId, meetingId) + "/" + minutesId + "/issue";
        String page = user.get(path).body();
        if (!page.contains(bd.udbhabon.bangla.BanglaDigits.toBangla(fileNumber))) {
            var opened = user.post(path + "/file", Map.of("fileNumber", fileNumber, "subject", "ইনোভেশন টিমের সভা",
                    "nextSerial", String.valueOf(serial)));
            assertThat(opened.status()).as(opened.body()).isEqualTo(200);
            page = opened.body();
        }
        HtmlForm form = HtmlForm.on(page, "#minutes-issue-form");
        if (form.value("memoFile") == null || form.value("memoFile").isBlank()) {
            Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>[^<]*").matcher(page);
            assertThat(option.find()).isTrue();
            form.set("memoFile", option.group(1));
        }
        form.set("issuedOn", on.toString()).set("signatoryName", signatory).set("signatoryDesignation", designation)
                .set("distribution", String.join("\n", distribution)).set("copies", String.join("\n", copies));
        return confirm(user, port, form.submit(user, port));
    }

    /**
     * The second step of an issue (issue 19, point 9): a checked form answers with the number it will take
     * ("এই নম্বরে জারি হবে"); confirming sends that page's form back as it is. Any other answer is returned as it came.
     */
    static Browsing.Page confirm(Browsing user, int port, Browsing.Page checked) {
        if (checked.status() != 200 || !checked.body().contains("id=\"confirm-issue-form\"")) {
            return checked;
        }
        return HtmlForm.on(checked.body(), "#confirm-issue-form").submit(user, port);
    }
}
