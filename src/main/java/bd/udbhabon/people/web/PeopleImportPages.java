package bd.udbhabon.people.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.OfficerImport;
import bd.udbhabon.people.PeopleRegistry;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.TableExport;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Officers from a CSV file: checked first, every bad row shown; added only if every row is good. */
@Controller
class PeopleImportPages {

    static final int MAX_IMPORT_BYTES = 1_000_000;
    private static final String IMPORT = "people-import-";

    private final PeopleRegistry registry;
    private final OfficeDirectory offices;

    PeopleImportPages(PeopleRegistry registry, OfficeDirectory offices) {
        this.registry = registry;
        this.offices = offices;
    }

    @GetMapping("/offices/{officeId}/people/import")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String form(@PathVariable long officeId, Model model) {
        return page(office(officeId), null, -1, model);
    }

    /** The header row in Bangla, with a byte order mark so that Excel opens it as UTF-8. */
    @GetMapping("/offices/{officeId}/people/import/template.csv")
    @OfficeAccess(Permission.WRITE_RECORDS)
    ResponseEntity<byte[]> template(@PathVariable long officeId) {
        List<String> header = OfficerImport.COLUMNS.stream().map(OfficerImport.Column::headerBn).toList();
        return Downloads.attachment(TableExport.csv(header, row -> { }), TableExport.CSV, "officers.csv");
    }

    @PostMapping("/offices/{officeId}/people/import")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String preview(@PathVariable long officeId, @RequestParam("file") MultipartFile file, HttpSession session,
                   Model model) throws IOException {
        if (file.isEmpty() || file.getSize() > MAX_IMPORT_BYTES) {
            throw UserFacingException.badRequest("import.error.size", MAX_IMPORT_BYTES / 1000);
        }
        FormErrors refused = new FormErrors();
        if (Uploads.CSV.check(file.getOriginalFilename(), file.getBytes(), "officers.csv", "file", refused) == null) {
            return page(office(officeId), List.of(new PeopleRegistry.ImportRow(0, null, refused)), -1, model);
        }
        String csv = utf8(file.getBytes());
        if (csv == null) {
            var notUtf8 = new PeopleRegistry.ImportRow(0, null, new FormErrors().add("file", "people.import.error.notUtf8"));
            return page(office(officeId), List.of(notUtf8), -1, model);
        }
        session.setAttribute(IMPORT + officeId, csv);
        return page(office(officeId), registry.checkImport(csv, officeId), -1, model);
    }

    @PostMapping("/offices/{officeId}/people/import/confirm")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String confirm(@PathVariable long officeId, HttpSession session, Model model) {
        String csv = (String) session.getAttribute(IMPORT + officeId);
        if (csv == null) {
            return "redirect:/offices/" + officeId + "/people/import";
        }
        int added = registry.importOfficers(csv, officeId);
        session.removeAttribute(IMPORT + officeId);
        return page(office(officeId), added == 0 ? registry.checkImport(csv, officeId) : null, added, model);
    }

    private String page(Office office, List<PeopleRegistry.ImportRow> rows, int added, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("rows", rows);
        model.addAttribute("badRows", rows == null ? 0 : rows.stream().filter(r -> !r.ok()).count());
        model.addAttribute("columns", OfficerImport.COLUMNS);
        model.addAttribute("added", added);
        return "people/import";
    }

    /** The text of a UTF-8 file (a byte order mark is dropped later), or null if it is in another encoding. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private Office office(long officeId) {
        return offices.require(officeId);
    }
}
