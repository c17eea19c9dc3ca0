package bd.udbhabon.load;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fills a page's form as an officer's browser sends it: every named field with what the page put in it
 * (hidden fields, the CSRF token), the figures typed where the page asks for them (number inputs, text
 * inputs named like an achievement, dates, yes/no choices), the chosen submit button's name and value.
 * Written against whatever markup the plan's pages have, so that the simulation does not depend on their
 * field names.
 */
final class HtmlForms {

    private static final Pattern FIGURE = Pattern.compile("(?i).*(achiev|value|figure|amount|number|actual).*");
    private static final Pattern NOTE = Pattern.compile("(?i).*(note|comment|text).*");

    private HtmlForms() {
    }

    /** A form to send: where, its fields in page order, and its file inputs' names. */
    record Filled(String action, boolean multipart, List<Map.Entry<String, Object>> fields, List<String> fileInputs) {
    }

    /** The form, among those whose action matches, with the most fields; empty when there is none. */
    static Optional<Filled> fill(String html, String pagePath, Predicate<String> action, Predicate<Element> button, long seed, String day) {
        Document page = Jsoup.parse(html, "http://127.0.0.1" + pagePath);
        return page.select("form[method=post]").stream()
                .filter(f -> action.test(actionOf(f, pagePath)))
                .max(Comparator.comparingInt(f -> f.select("input, select, textarea").size()))
                .map(f -> fill(f, pagePath, button, seed, day));
    }

    private static String actionOf(Element form, String pagePath) {
        String action = form.attr("action");
        return action.isEmpty() ? pagePath : action;
    }

    private static Filled fill(Element form, String pagePath, Predicate<Element> button, long seed, String day) {
        List<Map.Entry<String, Object>> fields = new ArrayList<>();
        List<String> files = new ArrayList<>();
        int n = 0;
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
            n++;
            switch (type) {
                case "file" -> files.add(name);
                case "submit", "button", "image", "reset" -> {
                }
                case "checkbox", "radio" -> {
                    // yes/no: the first choice of a radio group ("হ্যাঁ"); checked boxes stay checked
                    if (input.hasAttr("checked") || type.equals("radio") && fields.stream().noneMatch(e -> e.getKey().equals(name))) {
                        fields.add(entry(name, input.attr("value").isEmpty() ? "on" : input.attr("value")));
                    }
                }
                case "select" -> {
                    Element chosen = input.selectFirst("option[selected]");
                    if (chosen == null || chosen.attr("value").isEmpty()) {
                        chosen = input.select("option").stream().filter(o -> !o.attr("value").isEmpty()).findFirst().orElse(chosen);
                    }
                    fields.add(entry(name, chosen == null ? "" : chosen.attr("value")));
                }
                case "date" -> fields.add(entry(name, input.val().isEmpty() ? day : input.val()));
                case "number" -> fields.add(entry(name, input.val().isEmpty() ? figure(seed, n) : input.val()));
                case "hidden" -> fields.add(entry(name, input.val()));
                case "textarea" -> fields.add(entry(name, input.val().isEmpty() && NOTE.matcher(name).matches()
                        ? "ত্রৈমাসিক অগ্রগতি: কাজ সময়মতো সম্পন্ন হয়েছে।" : input.val()));
                // a figure's box: a number, or a day where the box asks for one (a placeholder, no decimal keyboard)
                default -> fields.add(entry(name, !input.val().isEmpty() || !FIGURE.matcher(name).matches() ? input.val()
                        : input.hasAttr("placeholder") && !input.attr("inputmode").equals("decimal") ? day : figure(seed, n)));
            }
        }
        for (Element b : form.select("button[name], input[type=submit][name]")) {
            if (button.test(b)) {
                fields.add(entry(b.attr("name"), b.attr("value")));
                break;
            }
        }
        boolean multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype")) || !files.isEmpty();
        return new Filled(actionOf(form, pagePath), multipart, fields, files);
    }

    /** A plausible achievement: 6 to 10 for counts, 60 to 100 for percents would need the unit; both pass as figures. */
    private static String figure(long seed, int n) {
        return Long.toString(6 + Math.floorMod(seed * 31 + n, 5));
    }

    /** The first link on the page matching the pattern (its first group), preferring one in the row that names the office. */
    static Optional<String> link(String html, Pattern href, String rowMarker) {
        Document page = Jsoup.parse(html);
        String fallback = null;
        for (Element a : page.select("a[href]")) {
            Matcher m = href.matcher(a.attr("href"));
            if (m.find()) {
                Element row = a.closest("tr, li");
                if (rowMarker != null && row != null && row.outerHtml().contains(rowMarker)) {
                    return Optional.of(m.group(1));
                }
                if (fallback == null) {
                    fallback = m.group(1);
                }
            }
        }
        return Optional.ofNullable(fallback);
    }

    private static Map.Entry<String, Object> entry(String name, Object value) {
        return new AbstractMap.SimpleImmutableEntry<>(name, value);
    }
}
