package bd.udbhabon.meeting.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.nio.charset.StandardCharsets;

/**
 * The step between an issue form and an irreversible issue (issue 19, point 9): the memo number the
 * paper will take, the form's fields to send again, and where its preview (the PDF of exactly what will
 * be issued) is asked for. {@code numberChanged}: the number shown before was taken by another paper meanwhile.
 */
public record IssueConfirmation(String memoNumber, String action, String previewAction, List<Map.Entry<String, String>> fields,
                                boolean numberChanged) {

    /** The confirmation the form's POST answers with until {@code confirmed} names the number the paper will take. */
    static boolean confirmed(String confirmed, String memoNumber) {
        return confirmed != null && confirmed.strip().equals(memoNumber);
    }

    static boolean asked(String confirmed) {
        return confirmed != null && !confirmed.isBlank();
    }

    static boolean back(String back) {
        return back != null && !back.isBlank();
    }

    /** The preview, shown in the browser (inline) and never cached: the paper as it will be issued, nothing stored. */
    static ResponseEntity<byte[]> preview(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
