package bd.udbhabon.document;

import bd.udbhabon.bangla.BanglaDigits;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The signature block on the right: date of signing, name, designation, phone, fax, e-mail (seed 001:
 * "২৩-১২-২০২৩", "শাকিল আহমেদ", "জেলা প্রশাসক", "ফোন: ০২৫৮৯৯২৫০০১", "ইমেইল: dc…@mopa.gov.bd"; seed 003
 * adds the fax between phone and e-mail). Phone, fax and e-mail are optional.
 */
public record Signature(String name, String designation, String phone, String email, LocalDate date, String fax) {

    private static final DateTimeFormatter SIGNED = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public Signature {
        name = Texts.clean(name, "signatory's name");
        designation = Texts.clean(designation, "designation");
        phone = Texts.cleanOptional(phone, "phone");
        email = Texts.cleanOptional(email, "e-mail");
        Objects.requireNonNull(date, "date of signing");
        fax = Texts.cleanOptional(fax, "fax");
    }

    /** Without a fax line, as most papers are signed. */
    public Signature(String name, String designation, String phone, String email, LocalDate date) {
        this(name, designation, phone, email, date, null);
    }

    /** The lines top to bottom; the name is the one to set in bold (index 1). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(BanglaDigits.toBangla(SIGNED.format(date)));
        lines.add(name);
        lines.add(designation);
        if (phone != null) {
            lines.add("ফোন: " + BanglaDigits.toBangla(phone));
        }
        if (fax != null) {
            lines.add("ফ্যাক্স: " + BanglaDigits.toBangla(fax));
        }
        if (email != null) {
            lines.add("ইমেইল: " + email);
        }
        return lines;
    }
}
