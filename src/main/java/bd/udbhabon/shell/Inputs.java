package bd.udbhabon.shell;

import bd.udbhabon.bangla.BanglaText;
import java.util.regex.Pattern;

/** What every typed value goes through before it is checked or stored. */
public final class Inputs {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private Inputs() {
    }

    /** NFC-normalised (so য + ় equals য়), control characters turned to spaces, stripped; null when nothing is left. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String clean = CONTROL.matcher(BanglaText.normalize(value)).replaceAll(" ").strip();
        return clean.isEmpty() ? null : clean;
    }

    /** A plausible e-mail address of at most 254 characters. */
    public static boolean isEmail(String value) {
        return value != null && value.length() <= 254 && EMAIL.matcher(value).matches();
    }
}
