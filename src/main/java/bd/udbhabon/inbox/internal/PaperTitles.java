package bd.udbhabon.inbox.internal;

import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.inbox.InboxKind;

/** An arriving paper's title as the inbox keeps it: what it is and its memo number, in both languages. */
final class PaperTitles {

    private PaperTitles() {
    }

    static String bn(InboxKind kind, MemoNumber memo) {
        String what = switch (kind) {
            case TEAM_ORDER -> "ইনোভেশন টিম গঠনের অফিস আদেশ";
            case MINUTES -> "ইনোভেশন টিমের সভার কার্যবিবরণী";
            case PLAN -> "বার্ষিক উদ্ভাবন কর্মপরিকল্পনা";
            case PLAN_REPORT -> "কর্মপরিকল্পনার ত্রৈমাসিক প্রতিবেদন";
            case ANNUAL_REPORT -> "বার্ষিক প্রতিবেদন";
        };
        return what + ", স্মারক নং " + memo.format();
    }

    static String en(InboxKind kind, MemoNumber memo) {
        String what = switch (kind) {
            case TEAM_ORDER -> "Innovation team office order";
            case MINUTES -> "Minutes of the innovation team's meeting";
            case PLAN -> "Annual innovation action plan";
            case PLAN_REPORT -> "Quarterly report on the action plan";
            case ANNUAL_REPORT -> "Annual report";
        };
        return what + ", memo no. " + memo.formatLatin();
    }
}
