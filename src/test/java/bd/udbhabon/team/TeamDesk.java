package bd.udbhabon.team;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.TestAccounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An officer at their desk, over plain HTTP through the same forms the pages show: adds posts and
 * officers (people pages), drafts a team order and issues it (team pages).
 */
final class TeamDesk {

    private static final Pattern LAST_ID = Pattern.compile("/(\\d+)$");
    private static final Pattern MEMO = Pattern.compile("data-testid=\"issued\">[^<]*?([০-৯.]+)।");

    final Browsing user;
    private final int port;

    TeamDesk(int port, String username) {
        this.port = port;
        user = new Browsing(port);
        Browsing.Page signedIn = user.signIn(username, TestAccounts.PASSWORD);
        assertThat(signedIn.status()).as("sign-in of " + username).isEqualTo(302);
        user.get("/account"); // a page with a form: the session's CSRF token
    }

    /** A post as the people form takes it: grade, and flags such as "other_office", and "wing", "ICT". */
    long post(long officeId, String titleBn, String grade, String... flagsAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title_bn", titleBn);
        form.put("title_en", "");
        form.put("grade", grade);
        for (int i = 0; i < flagsAndValues.length; i++) {
            String key = flagsAndValues[i];
            if (key.equals("teaching_level") || key.equals("subject") || key.equals("wing")) {
                form.put(key, flagsAndValues[++i]);
            } else {
                form.put(key, "true");
            }
        }
        return created(user.post("/offices/" + officeId + "/people/posts/new", form), "post " + titleBn);
    }

    long officer(long officeId, String nameBn, boolean developsSkills) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("name_bn", nameBn, "name_en", "", "email", "", "phone", ""));
        if (developsSkills) {
            form.put("skills_development", "true");
        }
        return created(user.post("/offices/" + officeId + "/people/officers/new", form), "officer " + nameBn);
    }

    void assign(long officeId, long postId, long officerId, String from) {
        var page = user.post("/offices/" + officeId + "/people/posts/" + postId + "/assign",
                Map.of("officer", String.valueOf(officerId), "from", from));
        assertThat(page.status()).as("assigning: " + page.body()).isEqualTo(302);
    }

    private static long created(Browsing.Page page, String what) {
        assertThat(page.status()).as(what + ": " + page.body()).isEqualTo(302);
        Matcher m = LAST_ID.matcher(page.location());
        assertThat(m.find()).as(page.location()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** A member row of the draft form: post, role (TeamRole name) and the role as printed (may be empty). */
    record Row(long post, String role, String label) {
        static Row of(long post, String role) {
            return new Row(post, role, "");
        }
    }

    /** Posts the draft form; the page that comes back (302 when saved). */
    Browsing.Page saveDraft(long officeId, String kind, String effectiveFrom, String preamble, List<Row> rows) {
        return user.post("/offices/" + officeId + "/team/draft", draftFields(kind, effectiveFrom, preamble, rows, "save"));
    }

    static Map<String, String> draftFields(String kind, String effectiveFrom, String preamble, List<Row> rows, String action) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", kind);
        form.put("effectiveFrom", effectiveFrom);
        form.put("preamble", preamble);
        form.put("closing", "");
        form.put("action", action);
        for (int i = 0; i < rows.size(); i++) {
            form.put("members[" + i + "].post", String.valueOf(rows.get(i).post()));
            form.put("members[" + i + "].role", rows.get(i).role());
            form.put("members[" + i + "].label", rows.get(i).label());
        }
        return form;
    }

    /** Opens a memo file of the forming office from the issue page; the file's id as the form then selects it. */
    long openFile(long officeId, String fileNumber, String subject, long nextSerial) {
        var page = user.post("/offices/" + officeId + "/team/issue/file",
                Map.of("fileNumber", fileNumber, "subject", subject, "nextSerial", String.valueOf(nextSerial)));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Matcher m = Pattern.compile("<option value=\"(\\d+)\" selected").matcher(page.body());
        assertThat(m.find()).as("the new file is selected").isTrue();
        return Long.parseLong(m.group(1));
    }

    static Map<String, String> issueFields(long fileId, String issuedOn, String section, String signatory,
                                           String designation, String phone, String email, List<String> copies,
                                           String justification) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("memoFile", String.valueOf(fileId));
        form.put("issuedOn", issuedOn);
        form.put("section", section);
        form.put("signatoryName", signatory);
        form.put("signatoryDesignation", designation);
        form.put("signatoryPhone", phone);
        form.put("signatoryEmail", email);
        form.put("copies", String.join("\n", copies));
        form.put("justification", justification);
        return form;
    }

    /** Posts the issue form and confirms the number it names (issue 19, point 9): the answer after issuing, or the form refused. */
    Browsing.Page issue(long officeId, Map<String, String> fields) {
        return IssueConfirming.confirm(user, port, check(officeId, fields));
    }

    /** Posts the issue form only: the confirmation naming the number, or the form with its mistakes. */
    Browsing.Page check(long officeId, Map<String, String> fields) {
        return user.post("/offices/" + officeId + "/team/issue", fields);
    }

    /** The id of the issued order from the redirect after issuing. */
    static long issuedOrder(Browsing.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        Matcher m = Pattern.compile("issued=(\\d+)").matcher(page.location());
        assertThat(m.find()).as(page.location()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The memo number the team page announces after issuing, in Bangla digits. */
    String announcedMemo(long officeId, long orderId) {
        var page = user.get("/offices/" + officeId + "/team?issued=" + orderId);
        Matcher m = MEMO.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    byte[] download(String path) {
        var response = user.bytes(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.body();
    }
}
