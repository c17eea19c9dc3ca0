package bd.udbhabon.portal.internal;

import bd.udbhabon.bangla.BanglaDigits;
import java.math.BigDecimal;

/** Words for what the portal's SPI beans write outside a page (a reminder's title, the annual report's draft). */
public final class PortalText {

    private static final String[] QUARTERS_BN = {"প্রথম কোয়ার্টার (জুলাই-সেপ্টেম্বর)", "দ্বিতীয় কোয়ার্টার (অক্টোবর-ডিসেম্বর)",
            "তৃতীয় কোয়ার্টার (জানুয়ারি-মার্চ)", "চতুর্থ কোয়ার্টার (এপ্রিল-জুন)"};
    private static final String[] QUARTERS_EN = {"the first quarter (July-September)", "the second quarter (October-December)",
            "the third quarter (January-March)", "the fourth quarter (April-June)"};

    private PortalText() {
    }

    /** "প্রথম কোয়ার্টার". */
    public static String quarterShortBn(int quarter) {
        return QUARTERS_BN[quarter - 1].substring(0, QUARTERS_BN[quarter - 1].indexOf(" ("));
    }

    public static String quarterBn(int quarter) {
        return QUARTERS_BN[quarter - 1];
    }

    public static String quarterEn(int quarter) {
        return QUARTERS_EN[quarter - 1];
    }

    /** "৯২%", or "—" for no rate. */
    public static String percentBn(BigDecimal rate) {
        return rate == null ? "—" : BanglaDigits.toBangla(rate.toPlainString()) + "%";
    }
}
