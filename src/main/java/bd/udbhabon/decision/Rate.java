package bd.udbhabon.decision;

import bd.udbhabon.bangla.BanglaDigits;
import java.util.Collection;
import java.util.OptionalInt;

/**
 * The implementation rate of a set of decisions on a day, as seed 003 states it: "৬ টি সিদ্ধান্ত
 * গৃহীত হয়। তন্মধ্যে ৬ টি সিদ্ধান্ত বাস্তবায়িত হয়। সিদ্ধান্ত বাস্তবায়ন হার ১০০%". Dropped decisions
 * leave the count the rate is taken of, and are always named, so that dropping cannot raise the
 * rate unseen. No decisions: no rate, not 0 %.
 *
 * <p>The rate is implemented ÷ due: an open decision whose due day has not come
 * ({@code notYetDue}, "মেয়াদ আসেনি") is named apart and not counted against the office, so that a
 * meeting's fresh decisions do not read as failures; implemented ones count whenever done. A
 * decision without a due day is due from the day it was taken (minutes expect it by the next
 * meeting). {@code inProgress} and {@code notStarted} count due decisions only, so that
 * {@code taken = implemented + inProgress + notStarted + dropped + notYetDue}. A decision given
 * to a group of offices counts as one, implemented only when every office of the group has
 * implemented it (or the deciding office closed it as a whole): a count of decisions stays whole.
 */
public record Rate(int taken, int implemented, int inProgress, int notStarted, int dropped, int notYetDue) {

    /** Without due days: every open decision is taken as due. */
    public Rate(int taken, int implemented, int inProgress, int notStarted, int dropped) {
        this(taken, implemented, inProgress, notStarted, dropped, 0);
    }

    /** Statuses alone, without due days: every open one is due. */
    public static Rate of(Collection<DecisionStatus> statuses) {
        int[] counts = new int[DecisionStatus.values().length];
        statuses.forEach(s -> counts[s.ordinal()]++);
        return new Rate(statuses.size(), counts[DecisionStatus.IMPLEMENTED.ordinal()],
                counts[DecisionStatus.IN_PROGRESS.ordinal()], counts[DecisionStatus.NOT_STARTED.ordinal()],
                counts[DecisionStatus.DROPPED.ordinal()], 0);
    }

    /** The rate of decisions as they stood on the day they were read, those not yet due apart. */
    public static Rate ofDecisions(Collection<Decision> decisions) {
        int implemented = 0, inProgress = 0, notStarted = 0, dropped = 0, notYetDue = 0;
        for (Decision d : decisions) {
            switch (d.status()) {
                case IMPLEMENTED -> implemented++;
                case DROPPED -> dropped++;
                default -> {
                    if (d.notYetDue()) {
                        notYetDue++;
                    } else if (d.status() == DecisionStatus.IN_PROGRESS) {
                        inProgress++;
                    } else {
                        notStarted++;
                    }
                }
            }
        }
        return new Rate(decisions.size(), implemented, inProgress, notStarted, dropped, notYetDue);
    }

    /** Implemented of those due and not dropped, as a whole percent rounded half up; empty when nothing counts. */
    public OptionalInt percent() {
        int counted = due();
        return counted == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.floor(implemented * 100.0 / counted + 0.5));
    }

    /** What the rate is taken of: implemented, or open past (or on) the due day. */
    public int due() {
        return taken - dropped - notYetDue;
    }

    /** Still to be done: carried to the next meeting (those not yet due too). */
    public int open() {
        return inProgress + notStarted + notYetDue;
    }

    /** Open and due: what the office is behind on. */
    public int openDue() {
        return inProgress + notStarted;
    }

    /** "৬টি সিদ্ধান্তের মধ্যে ৬টি বাস্তবায়িত; বাস্তবায়নের হার ১০০%" (and how many were dropped). */
    public String text(boolean bangla) {
        if (taken == 0) {
            return bangla ? "কোনো সিদ্ধান্ত নেই" : "no decisions";
        }
        String rate = percent().isPresent() ? (bangla ? bn(percent().getAsInt()) + "%" : percent().getAsInt() + "%") : "—";
        if (bangla) {
            return bn(taken) + "টি সিদ্ধান্তের মধ্যে " + (dropped > 0 ? bn(dropped) + "টি বাদ, " : "")
                    + (notYetDue > 0 ? bn(notYetDue) + "টির মেয়াদ আসেনি, " : "") + bn(implemented)
                    + "টি বাস্তবায়িত; বাস্তবায়নের হার " + rate;
        }
        return implemented + " of " + taken + " decisions implemented" + (dropped > 0 ? ", " + dropped + " dropped" : "")
                + (notYetDue > 0 ? ", " + notYetDue + " not yet due" : "") + "; implementation rate " + rate;
    }

    /**
     * The sentence minutes print under "পূর্ববর্তী সভার সিদ্ধান্ত বাস্তবায়ন হার", after the words naming
     * the meeting (seed 003): "৬টি সিদ্ধান্ত গৃহীত হয়। তন্মধ্যে ৬টি সিদ্ধান্ত বাস্তবায়িত হয়। সিদ্ধান্ত
     * বাস্তবায়ন হার ১০০% (৬টির মধ্যে ৬টি)।" Open and dropped decisions are named too.
     */
    public String minutesSentenceBn() {
        if (taken == 0) {
            return "কোনো সিদ্ধান্ত গৃহীত হয়নি।";
        }
        StringBuilder s = new StringBuilder(bn(taken)).append("টি সিদ্ধান্ত গৃহীত হয়। তন্মধ্যে ")
                .append(bn(implemented)).append("টি সিদ্ধান্ত বাস্তবায়িত হয়");
        if (openDue() > 0) {
            s.append(", ").append(bn(openDue())).append("টি বাস্তবায়নাধীন");
        }
        if (notYetDue > 0) {
            s.append(", ").append(bn(notYetDue)).append("টির মেয়াদ আসেনি");
        }
        if (dropped > 0) {
            s.append(" এবং ").append(bn(dropped)).append("টি বাদ দেওয়া হয়");
        }
        s.append("।");
        if (percent().isPresent()) {
            s.append(" সিদ্ধান্ত বাস্তবায়ন হার ").append(bn(percent().getAsInt())).append("% (")
                    .append(bn(due())).append("টির মধ্যে ").append(bn(implemented)).append("টি)।");
        }
        return s.toString();
    }

    private static String bn(long n) {
        return BanglaDigits.toBangla(n);
    }
}
