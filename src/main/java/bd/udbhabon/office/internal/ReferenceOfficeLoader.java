package bd.udbhabon.office.internal;

import bd.udbhabon.bangla.BanglaText;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the Cabinet Division and the divisional, district and upazila offices from the reference
 * data in {@code reference/geo} (nuhil/bangladesh-geocode, MIT). Idempotent: offices already
 * present (by their {@code ref}) are left as they are, so edits made by administrators survive,
 * and rows added to the reference data later are picked up on the next start.
 */
@Component
@Order(0)
class ReferenceOfficeLoader implements ApplicationRunner {

    static final String CABINET_DIVISION_REF = "cabinet-division";
    private static final Logger log = LoggerFactory.getLogger(ReferenceOfficeLoader.class);

    /** Memo-number codes as they appear in the seed documents (shared/seeds 000, 001, 003). */
    private static final Map<String, String> MEMO_CODES = Map.of(
            CABINET_DIVISION_REF, "04.00.0000",
            "geo:division:2", "05.43.0000",   // Rajshahi divisional commissioner (seed 003)
            "geo:district:54", "05.55.2700"); // Dinajpur deputy commissioner (seed 001)

    /** English spellings in use before the 2018 renaming, which people still search by. */
    private static final Map<String, String> OLD_SPELLINGS = Map.ofEntries(
            Map.entry("Chattogram", "Chittagong"),
            Map.entry("Cumilla", "Comilla"),
            Map.entry("Bogura", "Bogra"),
            Map.entry("Jashore", "Jessore"),
            Map.entry("Barisal", "Barishal"),
            Map.entry("Barishal", "Barisal"));

    private final JdbcClient jdbc;
    private final String cabinetEmail;

    ReferenceOfficeLoader(JdbcClient jdbc, OfficeProperties properties) {
        this.jdbc = jdbc;
        String cabinetEmail = properties.cabinetDivision().email();
        this.cabinetEmail = cabinetEmail == null ? "" : cabinetEmail.strip();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int added = insert(CABINET_DIVISION_REF, "CABINET_DIVISION", "মন্ত্রিপরিষদ বিভাগ", "Cabinet Division",
                null, null, null, "cabinet.gov.bd");
        for (List<String> row : csv("divisions.csv")) { // id, name_en, name_bn, website
            added += insert("geo:division:" + row.get(0), "DIVISION",
                    "বিভাগীয় কমিশনারের কার্যালয়, " + bn(row.get(2)), "Divisional Commissioner's Office, " + row.get(1),
                    bn(row.get(2)), row.get(1), CABINET_DIVISION_REF, row.get(3));
        }
        for (List<String> row : csv("districts.csv")) { // id, division_id, name_en, name_bn, lat, lon, website
            added += insert("geo:district:" + row.get(0), "DISTRICT",
                    "জেলা প্রশাসকের কার্যালয়, " + bn(row.get(3)), "Deputy Commissioner's Office, " + row.get(2),
                    bn(row.get(3)), row.get(2), "geo:division:" + row.get(1), row.get(6));
        }
        for (List<String> row : csv("upazilas.csv")) { // id, district_id, name_en, name_bn, website
            added += insert("geo:upazila:" + row.get(0), "UPAZILA",
                    "উপজেলা নির্বাহী অফিসারের কার্যালয়, " + bn(row.get(3)), "Upazila Nirbahi Officer's Office, " + row.get(2),
                    bn(row.get(3)), row.get(2), "geo:district:" + row.get(1), row.get(4));
        }
        if (added > 0) {
            log.info("Office registry: added {} offices from the reference data", added);
        }
        cabinetEmail();
    }

    /**
     * The Cabinet Division's address from configuration, so minutes sent to it reach someone. It fills
     * an empty registry entry only: an address an administrator typed is never overwritten.
     */
    private void cabinetEmail() {
        if (cabinetEmail.isEmpty()) {
            return;
        }
        if (!bd.udbhabon.shell.Inputs.isEmail(cabinetEmail)) {
            log.warn("udbhabon.cabinet-division.email is not an e-mail address and was not set: {}", cabinetEmail);
            return;
        }
        int set = jdbc.sql("update office set email = :email, updated_at = now() where ref = :ref and email is null")
                .param("email", cabinetEmail.toLowerCase(java.util.Locale.ROOT)).param("ref", CABINET_DIVISION_REF).update();
        if (set > 0) {
            log.info("Office registry: the Cabinet Division's e-mail address set from configuration");
        }
    }

    private int insert(String ref, String level, String nameBn, String nameEn, String placeBn, String placeEn,
                       String parentRef, String website) {
        return jdbc.sql("""
                        insert into office (ref, level, name_bn, name_en, place_bn, place_en, aliases, admin_parent_id, website, memo_code)
                        values (:ref, :level, :nameBn, :nameEn, :placeBn, :placeEn, :aliases,
                                (select id from office where ref = :parentRef), :website, :memoCode)
                        on conflict (ref) do nothing
                        """)
                .param("ref", ref)
                .param("level", level)
                .param("nameBn", nameBn)
                .param("nameEn", nameEn)
                .param("placeBn", placeBn)
                .param("placeEn", placeEn)
                .param("aliases", placeEn == null ? "" : OLD_SPELLINGS.getOrDefault(placeEn, ""))
                .param("parentRef", parentRef)
                .param("website", website == null || website.isBlank() || website.equals("NULL") ? null : website)
                .param("memoCode", MEMO_CODES.get(ref))
                .update();
    }

    private static String bn(String text) {
        return BanglaText.normalize(text.strip());
    }

    /** The reference files: no header, every field quoted, no quotes or line breaks inside fields. */
    static List<List<String>> csv(String file) {
        var resource = new ClassPathResource("reference/geo/" + file);
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            var rows = new ArrayList<List<String>>();
            for (String line : new java.io.BufferedReader(reader).lines().toList()) {
                if (line.isBlank()) {
                    continue;
                }
                var fields = new ArrayList<String>();
                for (String field : line.split("\",\"", -1)) {
                    fields.add(field.replace("\"", ""));
                }
                rows.add(fields);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + file, e);
        }
    }
}
