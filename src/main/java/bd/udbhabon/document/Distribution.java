package bd.udbhabon.document;

import bd.udbhabon.bangla.SerialStyle;

import java.util.List;

/**
 * The distribution list (বিতরণ) after the signature, numbered "১।", "২।" (seeds 003, 004); minutes
 * add "(জ্যেষ্ঠতার ক্রমানুসারে নয়)" so that nobody reads an order of seniority into it.
 */
public record Distribution(boolean notBySeniority, List<String> recipients) {

    public static final String HEADING = "বিতরণ";
    public static final String NOT_BY_SENIORITY = "(জ্যেষ্ঠতার ক্রমানুসারে নয়)";

    public Distribution {
        recipients = Recipients.mendAll(Texts.cleanAll(recipients, "recipient"));
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a distribution list names at least one recipient");
        }
    }

    public String heading() {
        return notBySeniority ? HEADING + " " + NOT_BY_SENIORITY + ":" : HEADING + ":";
    }

    public NumberedList list() {
        return new NumberedList(SerialStyle.DANDA, recipients);
    }
}
