package bd.udbhabon.team;

import bd.udbhabon.Browsing;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;

/**
 * A form on a page, sent back as a browser sends it: every field with the value the page gave it
 * (ticked boxes and chosen options only), then the fields a test changes.
 */
public final class HtmlForm {

    private final String action;
    private final List<Map.Entry<String, String>> fields;

    private HtmlForm(String action, List<Map.Entry<String, String>> fields) {
        this.action = action;
        this.fields = fields;
    }

    public static HtmlForm on(String html, String selector) {
        var form = (FormElement) Jsoup.parse(html).selectFirst(selector);
        if (form == null) {
            throw new AssertionError("no form " + selector + " on the page");
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        form.formData().forEach(kv -> fields.add(new SimpleEntry<>(kv.key(), kv.value())));
        // jsoup sends a list's first option when none is chosen; a browser sends nothing for a multiple choice
        form.select("select[multiple]").stream().filter(s -> s.select("option[selected]").isEmpty())
                .forEach(s -> fields.removeIf(e -> e.getKey().equals(s.attr("name"))));
        return new HtmlForm(form.attr("action"), fields);
    }

    /** The field's values, in place of those it had (none: the field is not sent, like an unticked box). */
    public HtmlForm set(String name, String... values) {
        int at = -1;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).getKey().equals(name)) {
                at = at < 0 ? i : at;
            }
        }
        fields.removeIf(e -> e.getKey().equals(name));
        int insert = at < 0 ? fields.size() : at;
        for (String value : values) {
            fields.add(insert++, new SimpleEntry<>(name, value));
        }
        return this;
    }

    public List<String> values(String name) {
        return fields.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    public String value(String name) {
        List<String> values = values(name);
        return values.isEmpty() ? null : values.getFirst();
    }

    /** The fields as a browser encodes them. */
    public String encoded() {
        return fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The form's action, where it is sent. */
    public String action() {
        return action;
    }

    public Browsing.Page submit(Browsing user, int port) {
        String body = encoded();
        return user.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
