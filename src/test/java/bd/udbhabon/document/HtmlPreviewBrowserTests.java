package bd.udbhabon.document;

import bd.udbhabon.Browser;
import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview in Debian's Chromium: the page comes from a small server of the test (there is no
 * preview page in the application yet), its fonts from the running application, as they would
 * for a page saved to disk. The fonts load, the Bangla text is set in Noto Serif Bengali, the
 * reader sees the model's text, and printing gives A4 pages, about as many as our PDF, with the
 * paper's text, the table headers repeated and each annex on a page of its own.
 */
@IntegrationTest
class HtmlPreviewBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    HtmlRenderer renderer;

    @Test
    void thePreviewLoadsThePdfsFontsShowsTheModelsTextAndPrintsOnA4() throws Exception {
        Map<String, Document> documents = new LinkedHashMap<>(SeedDocuments.golden());
        documents.put("every-part", HtmlRenderingTest.everyPart(""));
        documents.put("every-part-landscape", HtmlRenderingTest.everyPart("", Orientation.LANDSCAPE));
        String fonts = "http://127.0.0.1:" + port + HtmlRenderer.FONT_PATH;
        HttpServer pages = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pages.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().replaceFirst("^/(.*)\\.html$", "$1");
            Document doc = documents.get(name);
            byte[] body = (doc == null ? "not found" : renderer.page(doc, fonts)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(doc == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        pages.start();
        ChromeDriver browser = Browser.start(1100, 900);
        try {
            for (var entry : documents.entrySet()) {
                browser.get("http://127.0.0.1:" + pages.getAddress().getPort() + "/" + entry.getKey() + ".html");
                checkFonts(browser, entry.getKey());
                String seen = (String) browser.executeScript("return document.querySelector('article.udb-paper').innerText");
                assertThat(DocumentText.words(seen)).as(entry.getKey() + ": the text the reader sees")
                        .isEqualTo(DocumentText.readingOrder(entry.getValue()));
                checkPrint(browser, entry.getKey(), entry.getValue());
            }
        } finally {
            browser.quit();
            pages.stop(0);
        }
    }

    private static void checkFonts(ChromeDriver browser, String name) {
        Object status = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(document.fonts.status));");
        assertThat(status).as(name).isEqualTo("loaded");
        @SuppressWarnings("unchecked")
        List<String> faces = (List<String>) browser.executeScript("return [...document.fonts]"
                + ".filter(f => f.status !== 'unloaded').map(f => f.family.replaceAll('\"', '') + ' ' + f.weight + ' ' + f.status)");
        assertThat(faces).as(name + ": the faces the paper uses, loaded").contains(
                "Noto Serif Bengali 400 loaded", "Noto Serif Bengali 700 loaded").allMatch(f -> f.endsWith(" loaded"));
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) browser.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/document/fonts/')).map(e => e.name.replace(/.*\\//, '') + ' ' + e.responseStatus)");
        assertThat(fetched).as(name + ": fetched from the application, not taken from the system")
                .contains("NotoSerifBengali-Regular.ttf 200", "NotoSerifBengali-Bold.ttf 200");
        assertThat(browser.executeScript("return document.fonts.check('11.5pt \"Noto Serif Bengali\"', 'বাংলা')")).isEqualTo(true);

        // the font Chromium actually drew a Bangla paragraph with
        browser.executeCdpCommand("DOM.enable", Map.of());
        browser.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> root = browser.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object rootId = ((Map<?, ?>) root.get("root")).get("nodeId");
        Object paragraph = browser.executeCdpCommand("DOM.querySelector",
                Map.of("nodeId", rootId, "selector", "article.udb-paper .udb-office")).get("nodeId");
        List<?> used = (List<?>) browser.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", paragraph)).get("fonts");
        assertThat(used).as(name + ": fonts used for an office line").hasSize(1);
        Map<?, ?> font = (Map<?, ?>) used.getFirst();
        assertThat(font.get("familyName")).isEqualTo("Noto Serif Bengali");
        assertThat(font.get("isCustomFont")).isEqualTo(true);
    }

    private static void checkPrint(ChromeDriver browser, String name, Document doc) throws IOException {
        // the page's own @page rule decides the paper size, as in the browser's print dialog
        Map<String, Object> print = browser.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", false));
        byte[] pdf = Base64.getDecoder().decode((String) print.get("data"));
        Path dir = Files.createDirectories(Path.of("target/document-preview"));
        Files.write(dir.resolve(name + "-printed-from-html.pdf"), pdf);

        Map<String, String> info = Tools.pdfInfo(pdf);
        String size = info.get("Page size");
        assertThat(size).as(name).endsWith("(A4)");
        String[] sides = size.split(" ");
        boolean landscape = Float.parseFloat(sides[0]) > Float.parseFloat(sides[2]);
        assertThat(landscape).as(name + " orientation").isEqualTo(doc.orientation() == Orientation.LANDSCAPE);
        byte[] ourPdf = Renderers.PDF.render(doc);
        int pages = Integer.parseInt(info.get("Pages"));
        int pdfPages = Integer.parseInt(Tools.pdfInfo(ourPdf).get("Pages"));
        assertThat(pages).as(name + ": pages, our PDF has " + pdfPages).isBetween(Math.max(1, pdfPages - 1), pdfPages + 1);

        // Chromium's PDF gives the Bangla text with a stray space here and there: compare without spaces
        String printed = bare(withoutPageNumbers(Tools.pdfText(pdf)));
        String expected = bare(DocumentText.readingOrder(doc));
        String ours = bare(withoutPageNumbers(Tools.pdfText(ourPdf)));
        for (Table table : DocumentText.tablesWithHeaders(doc)) {
            String header = bare(DocumentText.header(table));
            if (count(ours, header) > count(expected, header)) {
                assertThat(count(printed, header)).as(name + ": the header repeated, as in our PDF")
                        .isGreaterThan(count(expected, header));
            }
            printed = printed.replace(header, "");
            expected = expected.replace(header, "");
        }
        assertThat(printed).as(name + ": the printed text, headers aside").isEqualTo(expected);

        List<String> pageTexts = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            pageTexts.add(bare(withoutPageNumbers(Tools.run("pdftotext", "-f", "" + p, "-l", "" + p, "-raw", "-enc", "UTF-8",
                    Tools.temp(pdf).toString(), "-"))));
        }
        for (Annex annex : doc.annexes()) {
            assertThat(pageTexts).as(name + ": a page begins with " + annex.title()).anyMatch(t -> t.startsWith(bare(annex.title())));
        }
    }

    private static String withoutPageNumbers(String text) {
        return DocumentText.words(text).replaceAll("পৃষ্ঠা [০-৯]+ / [০-৯]+", "");
    }

    private static String bare(String text) {
        return DocumentText.words(text).replace(" ", "");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void thePdfsFontsAreServedToAnyoneCachedForAYearAndReadableFromOtherOrigins() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String file : List.of("NotoSerifBengali-Regular.ttf", "NotoSerifBengali-Bold.ttf", "NotoSans-Regular.ttf",
                "NotoSans-Bold.ttf")) {
            HttpResponse<byte[]> font = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + HtmlRenderer.FONT_PATH + file))
                    .header("Origin", "null").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(font.statusCode()).as(file).isEqualTo(200);
            try (InputStream bundled = getClass().getResourceAsStream("/fonts/" + file)) {
                assertThat(font.body()).isEqualTo(bundled.readAllBytes());
            }
            assertThat(font.headers().firstValue("Content-Type")).hasValue("font/ttf");
            assertThat(font.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
            assertThat(font.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        }
        var anonymous = new Browsing(port);
        // the resource chain (issue 17, point 2) writes the font's link as a path from the root: the same file
        assertThat(anonymous.get("/document/paper.css").body()).contains(".udb-paper {",
                "url(\"" + HtmlRenderer.FONT_PATH + "NotoSerifBengali-Regular.ttf\")");
        assertThat(anonymous.get(HtmlRenderer.FONT_PATH + "%2e%2e/application.yml").status()).isNotEqualTo(200);
        assertThat(anonymous.get(HtmlRenderer.FONT_PATH + "NoSuchFont.ttf").status()).isEqualTo(404);
    }
}
