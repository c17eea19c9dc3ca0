package bd.udbhabon.bangla;

import java.util.ArrayList;
import java.util.List;

/** Parsing and validation behind {@link MemoNumber}; not API. */
final class MemoNumberParser {

    private MemoNumberParser() {
    }

    static MemoNumber parse(String s) {
        if (s == null) {
            throw whole("memo number is null", "স্মারক নম্বর দেওয়া হয়নি");
        }
        int slash = s.indexOf('/');
        String main = slash < 0 ? s : s.substring(0, slash);

        // Split into tokens at '.' and dashes, stripped and with Latin digits; seps[i] is the
        // separator before token i ('.' or '-').
        List<String> tokens = new ArrayList<>(9);
        char[] seps = new char[main.length() + 1];
        char[] buffer = new char[main.length()];
        int start = 0;
        for (int i = 0; i < main.length(); i++) {
            char c = main.charAt(i);
            if (c == '.' || isDash(c)) {
                tokens.add(latinToken(main, start, i, buffer));
                seps[tokens.size()] = c == '.' ? '.' : '-';
                start = i + 1;
            }
        }
        tokens.add(latinToken(main, start, main.length(), buffer));
        int n = tokens.size();
        if (n == 1 && tokens.get(0).isEmpty()) {
            throw whole("memo number is empty", "স্মারক নম্বর খালি");
        }

        boolean dashBeforeLast = n > 1 && seps[n - 1] == '-';
        MemoPattern pattern;
        boolean hasSerial;
        if (dashBeforeLast) {
            pattern = byGroupCount(n - 1);
            hasSerial = true;
            if (pattern == null) {
                throw countError(s, n - 1, true);
            }
        } else if (n == 7) {
            pattern = MemoPattern.SECRETARIAT_2014;
            hasSerial = false;
        } else if (n == 8) {
            // 2014 with serial, or a bare 2024 file number: take the one the groups fit better.
            hasSerial = mismatches(MemoPattern.SECRETARIAT_2014, tokens) <= mismatches(MemoPattern.SECRETARIAT_2024, tokens);
            pattern = hasSerial ? MemoPattern.SECRETARIAT_2014 : MemoPattern.SECRETARIAT_2024;
        } else if (n == 9) {
            pattern = MemoPattern.SECRETARIAT_2024;
            hasSerial = true;
        } else {
            throw countError(s, n, false);
        }

        int fixed = pattern.groupCount();
        for (int i = 1; i < n; i++) {
            if (seps[i] == '-' && !(hasSerial && i == fixed)) {
                int group = i + 1;
                throw new MemoNumberException(
                        "'-' may only separate the serial; found one before group " + group + " ("
                                + pattern.groupName(group) + ")",
                        bn("'-' চিহ্ন কেবল পত্রের ক্রমিক নম্বরের আগে বসে; পাওয়া গেছে " + BanglaDigits.toBangla(group)
                                + " নম্বর অংশের (" + pattern.banglaGroupName(group) + ") আগে"),
                        group);
            }
        }
        // The constructor validates the groups, then the serial (Latin digits out).
        MemoNumber memo = new MemoNumber(pattern, tokens.subList(0, fixed), hasSerial ? tokens.get(fixed) : null, null,
                hasSerial ? seps[fixed] : '.');
        if (slash < 0) {
            return memo;
        }
        if (!hasSerial) {
            throw endorsementWithoutSerial(pattern);
        }
        Endorsement endorsement = parseEndorsement(s.substring(slash));
        if (endorsement == null) {
            String found = s.substring(slash).strip();
            throw new MemoNumberException(
                    "the endorsement must look like /1(7), found '" + BanglaDigits.toLatin(found) + "'",
                    bn("পৃষ্ঠাঙ্কন /১(৭) এর মতো হওয়ার কথা, পাওয়া গেছে '" + BanglaDigits.toBangla(found) + "'"),
                    fixed + 2);
        }
        return memo.withEndorsement(endorsement);
    }

    /** Validates the fixed groups (Bangla or Latin digits); returns them as an immutable list in Latin digits. */
    static List<String> checkGroups(MemoPattern pattern, List<String> groups) {
        if (groups == null || groups.size() != pattern.groupCount()) {
            int found = groups == null ? 0 : groups.size();
            throw new MemoNumberException(
                    pattern + " has " + pattern.groupCount() + " groups (" + pattern.layout() + "), found " + found,
                    bn("এই নথি নম্বরে " + BanglaDigits.toBangla(pattern.groupCount()) + "টি অংশ ("
                            + BanglaDigits.toBangla(pattern.layout()) + ") থাকার কথা, পাওয়া গেছে "
                            + BanglaDigits.toBangla(found) + "টি"),
                    0);
        }
        String[] latin = null; // allocated only when a group had Bangla digits
        for (int i = 0; i < groups.size(); i++) {
            int group = i + 1;
            String token = groups.get(i);
            checkDigits(pattern, group, token);
            int expected = pattern.groupLength(group);
            if (token.length() != expected) {
                throw new MemoNumberException(
                        "group " + group + " (" + pattern.groupName(group) + ") must have " + expected
                                + " digits, found " + token.length() + ": '" + BanglaDigits.toLatin(token) + "'",
                        bn(BanglaDigits.toBangla(group) + " নম্বর অংশে (" + pattern.banglaGroupName(group) + ") "
                                + BanglaDigits.toBangla(expected) + " অঙ্ক থাকার কথা, পাওয়া গেছে "
                                + BanglaDigits.toBangla(token.length()) + " অঙ্ক: '" + BanglaDigits.toBangla(token) + "'"),
                        group);
            }
            String converted = BanglaDigits.toLatin(token); // the same instance when already Latin
            if (converted != token && latin == null) {
                latin = groups.toArray(new String[0]);
            }
            if (latin != null) {
                latin[i] = converted;
            }
        }
        return latin == null ? List.copyOf(groups) : List.of(latin);
    }

    /** Validates a serial (null allowed: no serial); returns it in Latin digits. */
    static String checkSerial(MemoPattern pattern, String serial) {
        if (serial == null) {
            return null;
        }
        checkDigits(pattern, pattern.groupCount() + 1, serial);
        return BanglaDigits.toLatin(serial);
    }

    static MemoNumberException endorsementWithoutSerial(MemoPattern pattern) {
        return new MemoNumberException(
                "an endorsement such as /1(7) needs a serial before it",
                bn("পৃষ্ঠাঙ্কনের (যেমন /১(৭)) আগে পত্রের ক্রমিক নম্বর থাকতে হবে"),
                pattern.groupCount() + 2);
    }

    /** "/১(৭)", "/1(7)", "১(৭)" with optional whitespace; null if malformed. */
    static Endorsement parseEndorsement(String s) {
        if (s == null) {
            return null;
        }
        int[] pos = {0};
        skipSpace(s, pos);
        if (pos[0] < s.length() && s.charAt(pos[0]) == '/') {
            pos[0]++;
        }
        int number = number(s, pos);
        if (number < 1 || !expect(s, pos, '(')) {
            return null;
        }
        int copies = number(s, pos);
        if (copies < 1 || !expect(s, pos, ')')) {
            return null;
        }
        skipSpace(s, pos);
        return pos[0] == s.length() ? new Endorsement(number, copies) : null;
    }

    private static void checkDigits(MemoPattern pattern, int group, String token) {
        if (token == null || token.isEmpty()) {
            throw new MemoNumberException(
                    "group " + group + " (" + pattern.groupName(group) + ") is empty",
                    bn(BanglaDigits.toBangla(group) + " নম্বর অংশ (" + pattern.banglaGroupName(group) + ") খালি"),
                    group);
        }
        for (int i = 0; i < token.length(); i++) {
            if (!BanglaDigits.isDigit(token.charAt(i))) {
                throw new MemoNumberException(
                        "group " + group + " (" + pattern.groupName(group) + ") must contain only digits, found '"
                                + BanglaDigits.toLatin(token) + "'",
                        bn(BanglaDigits.toBangla(group) + " নম্বর অংশে (" + pattern.banglaGroupName(group)
                                + ") কেবল অঙ্ক থাকতে পারে, পাওয়া গেছে '" + BanglaDigits.toBangla(token) + "'"),
                        group);
            }
        }
    }

    private static int mismatches(MemoPattern pattern, List<String> tokens) {
        int count = 0;
        for (int i = 0; i < pattern.groupCount(); i++) {
            String token = tokens.get(i);
            if (token.length() != pattern.groupLength(i + 1) || !allDigits(token)) {
                count++;
            }
        }
        return count;
    }

    private static MemoPattern byGroupCount(int count) {
        for (MemoPattern p : MemoPattern.values()) {
            if (p.groupCount() == count) {
                return p;
            }
        }
        return null;
    }

    private static MemoNumberException countError(String s, int found, boolean beforeSerial) {
        MemoPattern a = MemoPattern.SECRETARIAT_2014;
        MemoPattern b = MemoPattern.SECRETARIAT_2024;
        String what = beforeSerial ? "groups before the serial" : "groups in all";
        return new MemoNumberException(
                "a memo number has " + a.groupCount() + " groups (" + a.layout() + ", " + a + ") or "
                        + b.groupCount() + " groups (" + b.layout() + ", " + b + ") before the serial; found "
                        + found + " " + what + " in '" + BanglaDigits.toLatin(s.strip()) + "'",
                bn("স্মারক নম্বরে পত্রের ক্রমিক নম্বরের আগে " + BanglaDigits.toBangla(a.groupCount()) + "টি ("
                        + BanglaDigits.toBangla(a.layout()) + ") অথবা " + BanglaDigits.toBangla(b.groupCount())
                        + "টি (" + BanglaDigits.toBangla(b.layout()) + ") অংশ থাকার কথা, পাওয়া গেছে "
                        + BanglaDigits.toBangla(found) + "টি: '" + BanglaDigits.toBangla(s.strip()) + "'"),
                0);
    }

    private static MemoNumberException whole(String english, String bangla) {
        return new MemoNumberException(english, bn(bangla), 0);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!BanglaDigits.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2212';
    }

    /** Whitespace as OCR leaves it: spaces, NBSP, zero-width characters, BOM. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF';
    }

    /** {@code s[from, to)} without surrounding whitespace, Bangla digits made Latin (one allocation). */
    private static String latinToken(String s, int from, int to, char[] buffer) {
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            buffer[i - from] = BanglaDigits.isBanglaDigit(c) ? (char) (c - BanglaDigits.ZERO + '0') : c;
        }
        return new String(buffer, 0, to - from);
    }

    private static void skipSpace(String s, int[] pos) {
        while (pos[0] < s.length() && isSpace(s.charAt(pos[0]))) {
            pos[0]++;
        }
    }

    private static boolean expect(String s, int[] pos, char c) {
        skipSpace(s, pos);
        if (pos[0] < s.length() && s.charAt(pos[0]) == c) {
            pos[0]++;
            return true;
        }
        return false;
    }

    /** Reads 1..9 digits after optional whitespace; -1 if none. */
    private static int number(String s, int[] pos) {
        skipSpace(s, pos);
        int value = 0;
        int digits = 0;
        while (pos[0] < s.length() && digits < 10) {
            int d = BanglaDigits.digitValue(s.charAt(pos[0]));
            if (d < 0) {
                break;
            }
            value = value * 10 + d;
            digits++;
            pos[0]++;
        }
        return digits == 0 || digits > 9 ? -1 : value;
    }

    private static String bn(String s) {
        return BanglaText.normalize(s);
    }
}
