package bd.udbhabon.initiative.web;

import bd.udbhabon.initiative.Stage;
import bd.udbhabon.shell.FormText;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * A stage move as bound (multipart): to which stage, on which day, a note, the reason a skip, a move back
 * or a stop needs, the office's decision that took it (none: empty) and the evidence files.
 */
record MoveForm(String to, LocalDate on, @FormText(max = 4000) String noteBn, @FormText(max = 2000) String reasonBn,
                Long decision, List<MultipartFile> evidence) {

    MoveForm {
        evidence = evidence == null ? List.of() : evidence;
    }

    Stage stage() {
        try {
            return to == null || to.isBlank() ? null : Stage.valueOf(to);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
