package bd.udbhabon.team.web;

import bd.udbhabon.team.NotificationDraft;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The notification form as bound, under the field names the registry's errors use ({@code title_bn}, …).
 * The days stay text: the registry reads them (through {@code FormDates}) and says what is wrong with
 * each field at once, as the API's body is checked.
 */
record NotificationForm(@BindParam("title_bn") String titleBn, @BindParam("title_en") String titleEn,
                        @BindParam("memo_number") String memoNumber, @BindParam("issued_on") String issuedOn,
                        @BindParam("effective_from") String effectiveFrom, String cadence, String duties,
                        @BindParam("copy_from") String copyFrom) {

    /** The draft for the registry; {@code copy_from} is read only for a new notification. */
    NotificationDraft draft(boolean isNew) {
        return new NotificationDraft(nz(titleBn), nz(titleEn), nz(memoNumber), nz(issuedOn), nz(effectiveFrom), nz(cadence),
                nz(duties), isNew ? nz(copyFrom) : "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
