package bd.udbhabon.office.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeDraft;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeRegistry;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding and editing offices, one at a time or from a CSV file. One set of checks serves both:
 * a form shows the problems beside its fields, an import lists them per line and column.
 */
@Service
class OfficeRegistryService implements OfficeRegistry {

    static final List<String> CSV_COLUMNS = OfficeDraft.COLUMNS;
    static final int MAX_ROWS = 5_000;
    private static final Pattern WEBSITE = Pattern.compile("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(/\\S*)?");
    private static final Pattern MEMO_CODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");
    /** A telephone number as offices write it: "০২৫৮৮৮৫৭৫২৯", "(02) 55100193", "+880-2-9540000". */
    private static final Pattern FAX = Pattern.compile("\\+?[0-9() -]{5,40}");

    private final JdbcClient jdbc;
    private final OfficeDirectory offices;
    private final AccessPolicy access;
    private final AuditLog audit;

    OfficeRegistryService(JdbcClient jdbc, OfficeDirectory offices, AccessPolicy access, AuditLog audit) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.access = access;
        this.audit = audit;
    }

    /** A draft that passed the checks, in the form it is stored. */
    private record Checked(OfficeLevel level, String nameBn, String nameEn, String placeBn, String placeEn,
                           Long adminParentId, Long lineParentId, String website, String email, String memoCode, String fax) {
    }

    @Override
    @Transactional
    public Saved create(OfficeDraft draft) {
        var errors = new FormErrors();
        Checked office = check(draft, null, errors);
        if (errors.any()) {
            return new Saved(null, errors);
        }
        long id = insert(office);
        audit.record(new AuditEvent(access.actor(), "office.created", "office", Long.toString(id), id, null, office));
        return new Saved(id, errors);
    }

    @Override
    @Transactional
    public Saved update(long officeId, OfficeDraft draft) {
        var errors = new FormErrors();
        Office before = offices.find(officeId).orElseThrow();
        if (!access.allows(Permission.ADMINISTER_OFFICE, officeId)) {
            return new Saved(null, errors.add("office", "error.forbidden"));
        }
        Checked office = check(draft, before, errors);
        if (errors.any()) {
            return new Saved(null, errors);
        }
        jdbc.sql("""
                        update office set level = :level, name_bn = :nameBn, name_en = :nameEn, place_bn = :placeBn,
                            place_en = :placeEn, admin_parent_id = :admin, line_parent_id = :line, website = :website,
                            email = :email, memo_code = :memo, fax = :fax, updated_at = now()
                        where id = :id
                        """)
                .params(params(office)).param("id", officeId).update();
        audit.record(new AuditEvent(access.actor(), "office.updated", "office", Long.toString(officeId), officeId,
                OfficeDraft.of(before), office));
        return new Saved(officeId, errors);
    }

    @Override
    public List<ImportRow> checkImport(String csv, long importingOfficeId) {
        var rows = new ArrayList<ImportRow>();
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(new StringReader(stripBom(csv))).getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return List.of(new ImportRow(0, null, new FormErrors().add("file", "import.error.unreadable")));
        }
        if (records.isEmpty()) {
            return List.of(new ImportRow(0, null, new FormErrors().add("file", "import.error.empty")));
        }
        var header = records.getFirst().getParser().getHeaderNames();
        if (!header.containsAll(List.of("level", "name_bn", "name_en"))) {
            return List.of(new ImportRow(1, null, new FormErrors().add("file", "import.error.header", String.join(",", CSV_COLUMNS))));
        }
        if (records.size() > MAX_ROWS) {
            return List.of(new ImportRow(0, null, new FormErrors().add("file", "import.error.tooMany", MAX_ROWS)));
        }
        Set<String> seen = new HashSet<>();
        for (CSVRecord record : records) {
            var draft = OfficeDraft.fromColumns(column -> get(record, column));
            if (draft.adminParent().isBlank()) {
                draft = draft.withAdminParent(Long.toString(importingOfficeId));
            }
            var problems = new FormErrors();
            Checked checked = check(draft, null, problems);
            if (checked != null && !seen.add(checked.adminParentId() + "|" + checked.nameBn())) {
                problems.add("name_bn", "import.error.repeated");
            }
            rows.add(new ImportRow((int) record.getRecordNumber() + 1, draft, problems));
        }
        return rows;
    }

    @Override
    @Transactional
    public int importRows(String csv, long importingOfficeId, boolean onlyGoodRows) {
        List<ImportRow> rows = checkImport(csv, importingOfficeId);
        if (rows.stream().anyMatch(r -> r.draft() == null) || (!onlyGoodRows && rows.stream().anyMatch(r -> !r.ok()))) {
            return 0;
        }
        int added = 0;
        for (ImportRow row : rows) {
            if (row.ok()) {
                Saved saved = create(row.draft());
                if (!saved.ok()) { // changed since it was checked: nothing of this import stays
                    throw new IllegalStateException("row " + row.line() + " no longer passes its checks");
                }
                added++;
            }
        }
        return added;
    }

    /** The checks shared by the form and the import; fills {@code errors}, keyed by CSV column name. */
    private Checked check(OfficeDraft d, Office existing, FormErrors errors) {
        OfficeLevel level = null;
        try {
            level = OfficeLevel.parse(d.level());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (level == null || level == OfficeLevel.CABINET_DIVISION && (existing == null || existing.level() != level)) {
            errors.add("level", "office.error.level");
        }
        String nameBn = text(d.nameBn());
        String nameEn = text(d.nameEn());
        if (nameBn == null || nameBn.length() > 300) {
            errors.add("name_bn", "office.error.nameBn");
        }
        if (nameEn == null || nameEn.length() > 300) {
            errors.add("name_en", "office.error.nameEn");
        }
        Long adminParent = parent(d.adminParent(), "admin_parent", existing, errors);
        Long lineParent = parent(d.lineParent(), "line_parent", existing, errors);
        if (existing == null && adminParent == null && lineParent == null && !errors.has("admin_parent")) {
            errors.add("admin_parent", "office.error.noParent");
        }
        String website = text(d.website());
        if (website != null) {
            website = website.replaceFirst("(?i)^https?://", "");
            if (website.length() > 200 || !WEBSITE.matcher(website).matches()) {
                errors.add("website", "office.error.website");
            }
        }
        String email = text(d.email());
        if (email != null && !Inputs.isEmail(email)) {
            errors.add("email", "office.error.email");
        }
        String memoCode = text(d.memoCode());
        if (memoCode != null) {
            memoCode = bd.udbhabon.bangla.BanglaDigits.toLatin(memoCode);
            if (!MEMO_CODE.matcher(memoCode).matches()) {
                errors.add("memo_code", "office.error.memoCode");
            }
        }
        String fax = text(d.fax());
        if (fax != null) {
            fax = bd.udbhabon.bangla.BanglaDigits.toLatin(fax);
            if (fax.length() > 40 || !FAX.matcher(fax).matches()) {
                errors.add("fax", "office.error.fax");
            }
        }
        if (!errors.has("name_bn") && adminParent != null && nameTaken(adminParent, nameBn, existing)) {
            errors.add("name_bn", "office.error.exists");
        }
        return errors.any() ? null : new Checked(level, nameBn, nameEn, text(d.placeBn()), text(d.placeEn()),
                adminParent, lineParent, website == null ? null : website.toLowerCase(Locale.ROOT),
                email == null ? null : email.toLowerCase(Locale.ROOT), memoCode, fax);
    }

    /**
     * A parent must exist, be administered by the caller (you add offices under your own office), and
     * not be the office itself or one of its subordinates (no cycles). An unchanged parent needs no right.
     */
    private Long parent(String value, String field, Office existing, FormErrors errors) {
        String key = text(value);
        if (key == null) {
            return null;
        }
        Long id = key.matches("\\d{1,18}") ? Long.valueOf(key)
                : jdbc.sql("select id from office where ref = :ref").param("ref", key).query(Long.class).optional().orElse(null);
        if (id == null || offices.find(id).isEmpty()) {
            errors.add(field, "office.error.parentMissing", key);
            return null;
        }
        Long current = existing == null ? null : "admin_parent".equals(field) ? existing.adminParentId() : existing.lineParentId();
        if (id.equals(current)) {
            return id;
        }
        if (existing != null && (id == existing.id() || offices.superiorIds(id).contains(existing.id()))) {
            errors.add(field, "office.error.cycle");
            return null;
        }
        if (!access.allows(Permission.ADMINISTER_OFFICE, id)) {
            errors.add(field, "office.error.parentScope", key);
            return null;
        }
        return id;
    }

    private boolean nameTaken(long adminParent, String nameBn, Office existing) {
        return jdbc.sql("select exists (select 1 from office where admin_parent_id = :p and name_bn = :n and id <> :id)")
                .param("p", adminParent).param("n", nameBn).param("id", existing == null ? -1 : existing.id())
                .query(Boolean.class).single();
    }

    private long insert(Checked office) {
        return jdbc.sql("""
                        insert into office (level, name_bn, name_en, place_bn, place_en, admin_parent_id, line_parent_id,
                                            website, email, memo_code, fax)
                        values (:level, :nameBn, :nameEn, :placeBn, :placeEn, :admin, :line, :website, :email, :memo, :fax)
                        returning id
                        """)
                .params(params(office)).query(Long.class).single();
    }

    private static java.util.Map<String, Object> params(Checked o) {
        var params = new java.util.HashMap<String, Object>();
        params.put("level", o.level().name());
        params.put("nameBn", o.nameBn());
        params.put("nameEn", o.nameEn());
        params.put("placeBn", o.placeBn());
        params.put("placeEn", o.placeEn());
        params.put("admin", o.adminParentId());
        params.put("line", o.lineParentId());
        params.put("website", o.website());
        params.put("email", o.email());
        params.put("memo", o.memoCode());
        params.put("fax", o.fax());
        return params;
    }

    private static String text(String value) {
        return Inputs.clean(value);
    }

    private static String get(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }

    private static String stripBom(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }
}
