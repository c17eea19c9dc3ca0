package bd.udbhabon.portal.internal;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What an office may give as evidence that its portal shows an item: a whole web address, http or https, with a
 * host that has a dot (a Bangla host is read through IDN). Pure, so that {@code LinkRulesTest} tries every shape.
 */
public final class LinkRules {

    /** The column's length (V59). */
    public static final int MAX_LENGTH = 1000;

    private LinkRules() {
    }

    /** The address as stored (trimmed), blank when nothing was typed, or null when it is not a web address. */
    public static String clean(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        String url = typed.strip();
        if (url.length() > MAX_LENGTH || url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null) {
                return null;
            }
            String host = uri.getHost() != null ? uri.getHost() : idnHost(uri.getRawAuthority());
            if (host == null || !host.contains(".") || host.startsWith(".") || host.endsWith(".") || uri.getRawAuthority().contains("@")) {
                return null;
            }
            return url;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The host of an authority with letters URI does not take (a Bangla domain), or null. */
    private static String idnHost(String authority) {
        String host = authority.replaceFirst(":\\d{1,5}$", "");
        try {
            String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
            return ascii.isEmpty() ? null : ascii;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
