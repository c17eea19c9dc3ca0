package bd.udbhabon.plan.web;

import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * A quarter's progress form as bound: one row per indicator ({@code rows[0].code}, {@code rows[0].achieved},
 * {@code rows[0].note}, {@code rows[0].overrideReason}, the files {@code rows[0].evidence}, the stored files to remove {@code rows[0].remove}); the service
 * checks every value (figures by unit, lengths, printable text, files by content) and says each problem
 * under the same names.
 */
record ProgressForm(List<Row> rows) {

    ProgressForm {
        rows = rows == null ? List.of() : rows.stream().map(r -> r == null ? new Row("", "", "", "", List.of(), List.of()) : r).toList();
    }

    record Row(String code, String achieved, String note, String overrideReason, List<MultipartFile> evidence, List<Long> remove) {

        Row {
            code = nz(code);
            achieved = nz(achieved);
            note = nz(note);
            overrideReason = nz(overrideReason);
            evidence = evidence == null ? List.of() : evidence;
            remove = remove == null ? List.of() : remove.stream().filter(java.util.Objects::nonNull).toList();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
