package bd.udbhabon;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's visit over plain HTTP: keeps the cookies it is given (Secure ones too, since the
 * tests run without TLS), does not follow redirects, and sends each form's CSRF token back as a
 * browser would.
 */
public final class Browsing {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>(); // one visit may send requests from several threads
    private final String base;
    private volatile String csrf;
    private final String forwardedFor;

    public Browsing(int port) {
        this(port, null);
    }

    /** A visitor at {@code clientAddress} behind the reverse proxy on this machine (X-Forwarded-For). */
    public Browsing(int port, String clientAddress) {
        this.base = "http://127.0.0.1:" + port;
        this.forwardedFor = clientAddress;
    }

    public record Page(int status, String location, String body) {
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with the CSRF token of the last page that had one. */
    public Page post(String path, Map<String, String> fields) {
        var all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The value of a cookie this visit holds, or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** The CSRF token of the last page that had one. */
    public String csrf() {
        return csrf;
    }

    /** Sends JSON with the session's CSRF token in the header, as a script on our pages would. */
    public Page json(String method, String path, String json) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request);
    }

    /** Signs in through the login form; returns where it redirected to. */
    public Page signIn(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public Page send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A download: the status, the headers' content type and disposition, and the bytes. */
    public record Download(int status, String contentType, String disposition, byte[] body) {
    }

    /** GETs a file with this visit's cookies. */
    public Download bytes(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Content-Disposition").orElse(null), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs a form already encoded ({@code application/x-www-form-urlencoded}) and answers the bytes: a PDF a form asks for. */
    public Download postBytes(String path, String encodedForm) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedForm));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Content-Disposition").orElse(null), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file for a multipart form. */
    public record Upload(String field, String fileName, String contentType, byte[] bytes) {
    }

    /** Posts a multipart form (fields and files) with the CSRF token, as a browser's file upload would. */
    public Page multipart(String path, Map<String, String> fields, List<Upload> files) {
        String boundary = "----udbhabon" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        var all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        try {
            for (var e : all.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                        + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Upload f : files) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field() + "\"; filename=\""
                        + f.fileName() + "\"\r\nContent-Type: " + f.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(f.bytes());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
