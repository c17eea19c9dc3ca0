package bd.udbhabon.people;

import java.util.List;
import java.util.function.Function;

/**
 * One row of an officer import, as typed. The officer's columns come first; the post columns are
 * optional: {@code post_bn} names a post of the importing office (matched by its Bangla title) or,
 * if there is none of that title, a new post made from the post columns; the officer then holds
 * it from {@code from}. For a post that already exists only {@code post_bn} and {@code from} are used.
 */
public record OfficerImport(String nameBn, String nameEn, String email, String phone, String skillsDevelopment,
                            String postBn, String postEn, String grade, String wing, String teachingLevel,
                            String subject, String otherOffice, String from) {

    /** A column: its name (the English header) and its Bangla header; either is accepted. */
    public record Column(String name, String headerBn, boolean required) {
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("name_bn", "নাম (বাংলা)", true),
            new Column("name_en", "নাম (ইংরেজি)", false),
            new Column("email", "ই-মেইল", false),
            new Column("phone", "ফোন", false),
            new Column("skills_development", "দক্ষতা উন্নয়নে সক্ষম", false),
            new Column("post_bn", "পদবি (বাংলা)", false),
            new Column("post_en", "পদবি (ইংরেজি)", false),
            new Column("grade", "পদমর্যাদা", false),
            new Column("wing", "শাখা (আইসিটি/পরিকল্পনা/অন্যান্য)", false),
            new Column("teaching_level", "শিক্ষকতার স্তর", false),
            new Column("subject", "বিষয়", false),
            new Column("other_office", "অন্য দপ্তরের পদ", false),
            new Column("from", "যোগদানের তারিখ", false));

    /** A row from values named by column name; missing ones are empty. */
    public static OfficerImport fromColumns(Function<String, String> column) {
        Function<String, String> get = name -> {
            String value = column.apply(name);
            return value == null ? "" : value;
        };
        return new OfficerImport(get.apply("name_bn"), get.apply("name_en"), get.apply("email"), get.apply("phone"),
                get.apply("skills_development"), get.apply("post_bn"), get.apply("post_en"), get.apply("grade"),
                get.apply("wing"), get.apply("teaching_level"), get.apply("subject"),
                get.apply("other_office"), get.apply("from"));
    }

    /** The Bangla header of a column, or the name itself if there is no such column. */
    public static String headerBn(String name) {
        return COLUMNS.stream().filter(c -> c.name().equals(name)).map(Column::headerBn).findFirst().orElse(name);
    }

    public boolean hasPost() {
        return !postBn.isBlank();
    }
}
