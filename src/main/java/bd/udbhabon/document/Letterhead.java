package bd.udbhabon.document;

import java.util.List;

/**
 * The centred head of a government paper: "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", the office lines
 * (office, place, wing or section) and the website.
 */
public record Letterhead(String government, List<String> officeLines, String website) {

    public static final String GOVERNMENT = "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার";

    public Letterhead {
        government = Texts.clean(government == null ? GOVERNMENT : government, "government line");
        officeLines = Texts.cleanAll(officeLines, "office line");
        website = Texts.cleanOptional(website, "website");
        if (officeLines.isEmpty()) {
            throw new IllegalArgumentException("a letterhead names the office");
        }
    }

    public Letterhead(List<String> officeLines, String website) {
        this(GOVERNMENT, officeLines, website);
    }

    /** The office as a whole, for the document's author field. */
    public String office() {
        return officeLines.getFirst();
    }
}
