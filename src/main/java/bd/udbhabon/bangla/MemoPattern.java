package bd.udbhabon.bangla;

/**
 * The layouts of the digital file number (ডিজিটাল নথি নম্বর); a memo number (স্মারক নম্বর) is a file
 * number followed by the serial of the letter in that file.
 *
 * <table>
 *   <caption>Groups</caption>
 *   <tr><th>#</th><th>{@link #SECRETARIAT_2014} (18 digits)</th><th>{@link #SECRETARIAT_2024} (22 digits)</th></tr>
 *   <tr><td>1</td><td>office: ministry/division code (2)</td><td>office: ministry/division code (2)</td></tr>
 *   <tr><td>2</td><td>sub-office: attached department/directorate/agency (2)</td><td>sub-office (2)</td></tr>
 *   <tr><td>3</td><td>geo code: BBS district+upazila code, 0000 for the head office (4)</td><td>geo code (4)</td></tr>
 *   <tr><td>4</td><td>section: wing/branch/section code (3)</td><td>subordinate office (3)</td></tr>
 *   <tr><td>5</td><td>subject: subject code (2)</td><td>section (3)</td></tr>
 *   <tr><td>6</td><td>file: serial of the file (3)</td><td>subject (2)</td></tr>
 *   <tr><td>7</td><td>year: the file was opened, 2 digits (2)</td><td>file (4)</td></tr>
 *   <tr><td>8</td><td>serial of the letter (any length)</td><td>year (2)</td></tr>
 *   <tr><td>9</td><td></td><td>serial of the letter (any length)</td></tr>
 * </table>
 *
 * Example (seed 001, Dinajpur deputy commissioner's office): ০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯ =
 * ministry 05 (public administration), sub-office 55, geo code 2700 (district 27, Dinajpur),
 * section 025, subject 13, file 002 opened in (20)18, letter 89.
 *
 * <p>Sources: Secretariat Instructions 2014 as tabulated by the Department of Fisheries
 * (fisheries.portal.gov.bd, "দপ্তরভিত্তিক ডিজিটাল নথি নম্বর"), and the 2024 instructions as summarised
 * at bdservicerules.com ("ডিজিটাল স্মারক লেখার নিয়ম"). All seed memo numbers are 2014 numbers.
 */
public enum MemoPattern {
    /** Secretariat Instructions 2014: 2.2.4.3.2.3.2 (18 digits), then the serial. */
    SECRETARIAT_2014(new int[] {2, 2, 4, 3, 2, 3, 2},
            new String[] {"office", "sub-office", "geo code", "section", "subject", "file", "year"},
            new String[] {"মন্ত্রণালয়/বিভাগ কোড", "দপ্তর/সংস্থা কোড", "ভৌগোলিক কোড", "শাখা কোড",
                    "বিষয় কোড", "নথির ক্রমিক নম্বর", "নথি খোলার সাল"}),
    /** Secretariat Instructions 2024: 2.2.4.3.3.2.4.2 (22 digits), then the serial. */
    SECRETARIAT_2024(new int[] {2, 2, 4, 3, 3, 2, 4, 2},
            new String[] {"office", "sub-office", "geo code", "subordinate office", "section", "subject", "file",
                    "year"},
            new String[] {"মন্ত্রণালয়/বিভাগ কোড", "দপ্তর/সংস্থা কোড", "ভৌগোলিক কোড", "অধস্তন অফিস কোড",
                    "শাখা কোড", "বিষয় কোড", "নথির ক্রমিক নম্বর", "নথি খোলার সাল"});

    static final String SERIAL_NAME = "serial";
    static final String SERIAL_NAME_BN = BanglaText.normalize("পত্রের ক্রমিক নম্বর");
    static final String ENDORSEMENT_NAME = "endorsement";
    static final String ENDORSEMENT_NAME_BN = BanglaText.normalize("পৃষ্ঠাঙ্কন");

    private final int[] lengths;
    private final String[] names;
    private final String[] banglaNames;
    private final int totalDigits;

    MemoPattern(int[] lengths, String[] names, String[] banglaNames) {
        this.lengths = lengths;
        this.names = names;
        this.banglaNames = BanglaText.nfc(banglaNames);
        int total = 0;
        for (int length : lengths) {
            total += length;
        }
        this.totalDigits = total;
    }

    /** Number of fixed groups (7 or 8), without the serial. */
    public int groupCount() {
        return lengths.length;
    }

    /** Digits of fixed group {@code group} (1-based). */
    public int groupLength(int group) {
        return lengths[checkGroup(group) - 1];
    }

    /**
     * English name of a group, 1-based; {@code groupCount() + 1} is "serial" and
     * {@code groupCount() + 2} is "endorsement".
     */
    public String groupName(int group) {
        if (group == lengths.length + 1) {
            return SERIAL_NAME;
        }
        if (group == lengths.length + 2) {
            return ENDORSEMENT_NAME;
        }
        return names[checkGroup(group) - 1];
    }

    /** Bangla name of a group, numbered as in {@link #groupName(int)}. */
    public String banglaGroupName(int group) {
        if (group == lengths.length + 1) {
            return SERIAL_NAME_BN;
        }
        if (group == lengths.length + 2) {
            return ENDORSEMENT_NAME_BN;
        }
        return banglaNames[checkGroup(group) - 1];
    }

    /** Total digits of the fixed groups: 18 or 22. */
    public int totalDigits() {
        return totalDigits;
    }

    /** The group lengths joined with dots: "2.2.4.3.2.3.2". */
    public String layout() {
        StringBuilder sb = new StringBuilder();
        for (int length : lengths) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(length);
        }
        return sb.toString();
    }

    private int checkGroup(int group) {
        if (group < 1 || group > lengths.length) {
            throw new IllegalArgumentException("group " + group + " is out of range 1.." + lengths.length);
        }
        return group;
    }
}
