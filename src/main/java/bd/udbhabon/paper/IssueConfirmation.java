package bd.udbhabon.paper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The step between an issue form and an irreversible issue (issue 19, point 9), shared by every paper's form (the
 * team order, the notice and its revision, the minutes): the memo number the paper will take, the form's fields to
 * send again, and where its preview (the PDF of exactly what will be issued) is asked for. {@code numberChanged}: the
 * number shown before was taken by another paper meanwhile. The page shows it with {@code paper/confirm-issue.jte}.
 */
public record IssueConfirmation(String memoNumber, String action, String previewAction, List<Map.Entry<String, String>> fields,
                                boolean numberChanged) {

    public IssueConfirmation {
        fields = List.copyOf(fields);
    }

    /** The confirmation of the form posted to {@code action}: the named {@code fields} as typed sent again; its preview at {@code action}/preview. */
    public static IssueConfirmation of(String memoNumber, String action, Map<String, String> typed, List<String> fields,
                                       boolean numberChanged) {
        List<Map.Entry<String, String>> sent = new ArrayList<>();
        for (String field : fields) {
            String value = typed.get(field);
            sent.add(Map.entry(field, value == null ? "" : value));
        }
        return new IssueConfirmation(memoNumber, action, action + "/preview", sent, numberChanged);
    }

    /**
     * The second step, the same for every paper: {@code check} gives the number the paper would take now; unless the
     * POST {@code confirmed} that number, {@code ask} shows the confirmation (with whether the user had confirmed another);
     * confirmed, {@code issue} issues under it, and when another paper took it meanwhile ({@link OfficialPapers.NumberTaken},
     * everything rolled back) the user is asked again with the new number. Answers what the chosen step answers.
     */
    public static String issueOnceConfirmed(String confirmed, Supplier<String> check, Function<String, String> issue,
                                            BiFunction<String, Boolean, String> ask) {
        String memo = check.get();
        if (!confirmed(confirmed, memo)) {
            return ask.apply(memo, asked(confirmed));
        }
        try {
            return issue.apply(memo);
        } catch (OfficialPapers.NumberTaken taken) {
            return ask.apply(check.get(), true);
        }
    }

    /** Whether the POST names the number the paper will take; until it does, the form answers with the confirmation. */
    public static boolean confirmed(String confirmed, String memoNumber) {
        return confirmed != null && confirmed.strip().equals(memoNumber);
    }

    /** Whether the POST came from a confirmation (so a number other than the one it named was taken meanwhile). */
    public static boolean asked(String confirmed) {
        return confirmed != null && !confirmed.isBlank();
    }

    /** Whether the user went back from the confirmation to the form, with everything typed. */
    public static boolean back(String back) {
        return back != null && !back.isBlank();
    }

    /** The preview, shown in the browser (inline) and never cached: the paper as it will be issued, nothing stored. */
    public static ResponseEntity<byte[]> preview(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
