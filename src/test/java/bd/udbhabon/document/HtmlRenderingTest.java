package bd.udbhabon.document;

import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.bangla.SerialStyle;
import bd.udbhabon.document.internal.HtmlPaperRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HTML preview, parsed: the text a reader sees is the model's, in the PDF's order; tables keep
 * their spans and header rows; the page is A4 in the paper's orientation; every text is escaped.
 */
class HtmlRenderingTest {

    static final HtmlRenderer HTML = new HtmlPaperRenderer("");
    private static final Pattern RULE = Pattern.compile("(@?[^{};]+)\\{");
    private static final Pattern FONT_URL = Pattern.compile("url\\(\"([^\"]+)\"\\)");

    @Test
    void everySeedReadsAsItsModelInTheOrderOfThePdf() {
        for (var seed : documents().entrySet()) {
            Document doc = seed.getValue();
            org.jsoup.nodes.Document html = Jsoup.parse(HTML.page(doc));
            assertThat(html.selectFirst("article.udb-paper").text()).as(seed.getKey())
                    .isEqualTo(DocumentText.readingOrder(doc));
            assertThat(html.title()).isEqualTo(doc.title() != null ? doc.title() : doc.letterhead().office());
            assertThat(html.selectFirst("html").attr("lang")).isEqualTo("bn");
        }
    }

    @Test
    void tablesKeepTheirSpansHeaderRowsWidthsAndRules() {
        for (var seed : documents().entrySet()) {
            Document doc = seed.getValue();
            List<Table> tables = Stream.concat(doc.body().stream(), doc.annexes().stream().flatMap(a -> a.blocks().stream()))
                    .filter(Table.class::isInstance).map(Table.class::cast).toList();
            Elements html = Jsoup.parse(HTML.fragment(doc)).select("article.udb-paper table");
            assertThat(html).as(seed.getKey()).hasSameSizeAs(tables);
            for (int t = 0; t < tables.size(); t++) {
                assertTable(seed.getKey() + " table " + (t + 1), tables.get(t), html.get(t));
            }
        }
    }

    private static void assertTable(String name, Table table, Element html) {
        assertThat(html.hasClass("udb-ruled")).as(name + " ruled").isEqualTo(table.ruled());
        Elements cols = html.select("> colgroup > col");
        assertThat(cols).as(name + " columns").hasSize(table.columns());
        float total = (float) table.widths().stream().mapToDouble(Float::doubleValue).sum();
        for (int c = 0; c < cols.size(); c++) {
            assertThat(Float.parseFloat(cols.get(c).attr("width").replace("%", "")))
                    .isCloseTo(100 * table.widths().get(c) / total, org.assertj.core.api.Assertions.within(0.001f));
        }
        Elements head = html.select("> thead > tr");
        Elements body = html.select("> tbody > tr");
        assertThat(head).as(name + " header rows in thead").hasSize(table.headerRows());
        assertThat(head.select("td")).isEmpty();
        assertThat(body.select("th")).isEmpty();
        List<Element> rows = new ArrayList<>(head);
        rows.addAll(body);
        assertThat(rows).hasSameSizeAs(table.rows());
        for (int r = 0; r < rows.size(); r++) {
            List<Table.Cell> cells = table.rows().get(r).cells();
            Elements htmlCells = rows.get(r).select("> th, > td");
            assertThat(htmlCells).as(name + " row " + (r + 1)).hasSameSizeAs(cells);
            for (int i = 0; i < cells.size(); i++) {
                Table.Cell cell = cells.get(i);
                Element htmlCell = htmlCells.get(i);
                assertThat(span(htmlCell, "colspan")).as(name + " row " + (r + 1) + " colspan").isEqualTo(cell.span());
                assertThat(span(htmlCell, "rowspan")).as(name + " row " + (r + 1) + " rowspan").isEqualTo(cell.rowSpan());
                assertThat(htmlCell.select("p").eachText()).isEqualTo(cell.paragraphs().stream().filter(p -> !p.isEmpty()).toList());
            }
        }
    }

    private static int span(Element cell, String attribute) {
        return cell.hasAttr(attribute) ? Integer.parseInt(cell.attr(attribute)) : 1;
    }

    @Test
    void everyPartOfAPaperInOrderWithRowSpansAndTheMemoLineAfterTheSignature() {
        Document doc = everyPart("");
        org.jsoup.nodes.Document html = Jsoup.parse(HTML.page(doc));
        Element paper = html.selectFirst("article.udb-paper");
        assertThat(paper.text()).isEqualTo(DocumentText.readingOrder(doc));
        assertThat(paper.children().stream().map(e -> e.className().split(" ")[0]).toList()).containsExactly(
                "udb-letterhead", "udb-title", "udb-subject", "udb-block", "udb-block", "udb-block", "udb-block",
                "udb-signature", "udb-memo", "udb-distribution", "udb-copies", "udb-signature", "udb-annex");
        assertThat(paper.select(".udb-signature .udb-signatory").eachText())
                .containsExactly(doc.signature().name(), doc.issuer().name());
        assertThat(paper.select(".udb-memo .udb-bangla-date + .udb-gregorian-date")).hasSize(2);
        assertThat(paper.select(".udb-annex > h2.udb-annex-title").text()).isEqualTo("পরিশিষ্ট-ক");
        assertThat(paper.select("tbody.udb-rows-together > tr")).as("the two rows joined by a cell spanning them").hasSize(2);
        assertThat(paper.select(".udb-distribution .udb-serial").eachText()).containsExactly("১।", "২।");
        assertThat(paper.select(".udb-copies .udb-serial").eachText()).containsExactly("১)", "২)");
        assertThat(paper.select(".udb-annex .udb-serial").eachText()).containsExactly("(১)", "(২)");
    }

    @Test
    void thePageIsA4InThePapersOrientationWithThePdfsMargins() {
        String portrait = HTML.page(SeedDocuments.officeOrder());
        assertThat(portrait).contains("@page { size: A4 portrait; margin: 45pt 50pt 55pt 62pt; }")
                .contains("<article class=\"udb-paper udb-portrait\" lang=\"bn\">");
        String landscape = HTML.page(everyPart("", Orientation.LANDSCAPE));
        assertThat(landscape).contains("@page { size: A4 landscape; margin: 45pt 50pt 55pt 62pt; }")
                .contains("<article class=\"udb-paper udb-landscape\" lang=\"bn\">");
        // the named pages the fragment brings, for pages of the application that embed it
        assertThat(HTML.fragment(SeedDocuments.officeOrder()))
                .containsPattern("@page udb-portrait \\{\\s+size: A4 portrait;\\s+margin: 45pt 50pt 55pt 62pt;")
                .containsPattern("@page udb-landscape \\{\\s+size: A4 landscape;\\s+margin: 45pt 50pt 55pt 62pt;");
    }

    @Test
    void everyTextIsEscaped() {
        String evil = " <script>alert(\"x & y\")</script> 'q' &amp; <img src=x onerror=alert(1)> ";
        Document doc = everyPart(evil);
        for (String html : List.of(HTML.page(doc), HTML.fragment(doc))) {
            org.jsoup.nodes.Document parsed = Jsoup.parse(html);
            assertThat(parsed.select("script, img, [onerror]")).isEmpty();
            assertThat(html).doesNotContain("<script", "<img");
            assertThat(parsed.selectFirst("article.udb-paper").text()).isEqualTo(DocumentText.readingOrder(doc));
        }
        assertThat(Jsoup.parse(HTML.page(doc)).title()).isEqualTo(doc.title());
        int fields = DocumentText.readingOrder(doc).split("<script>", -1).length - 1;
        assertThat(fields).as("the text went into every kind of field").isGreaterThan(30);
    }

    @Test
    void theFragmentIsOneArticleWhoseStylesStayInsideIt() {
        String fragment = HTML.fragment(SeedDocuments.minutes());
        assertThat(fragment).startsWith("<article class=\"udb-paper udb-portrait\" lang=\"bn\">\n<style>")
                .endsWith("</article>\n");
        org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(fragment);
        assertThat(parsed.body().children()).hasSize(1);
        String css = parsed.selectFirst("article > style").data().replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher rule = RULE.matcher(css);
        int selectors = 0;
        while (rule.find()) {
            String selector = rule.group(1).strip();
            if (!selector.startsWith("@")) {
                for (String part : selector.split(",")) {
                    assertThat(part.strip()).as("every rule under .udb-paper").startsWith(".udb-paper");
                    selectors++;
                }
            }
        }
        assertThat(selectors).isGreaterThan(20);
    }

    @Test
    void fontsAreThePdfsFromTheGivenBaseWithInstalledBanglaFontsBehind() {
        String app = HTML.page(SeedDocuments.officeOrder());
        List<String> urls = fontUrls(app);
        assertThat(urls).containsExactlyInAnyOrder("/document/fonts/NotoSerifBengali-Regular.ttf",
                "/document/fonts/NotoSerifBengali-Bold.ttf", "/document/fonts/NotoSans-Regular.ttf",
                "/document/fonts/NotoSans-Bold.ttf");
        for (String url : urls) {
            assertThat(HtmlRenderingTest.class.getResource(url.replace("/document/fonts/", "/fonts/"))).as(url).isNotNull();
        }
        assertThat(fontUrls(HTML.page(SeedDocuments.officeOrder(), "https://udbhabon.example.gov.bd/document/fonts")))
                .allMatch(u -> u.startsWith("https://udbhabon.example.gov.bd/document/fonts/Noto"));
        assertThat(fontUrls(new HtmlPaperRenderer("/udbhabon").fragment(SeedDocuments.officeOrder())))
                .allMatch(u -> u.startsWith("/udbhabon/document/fonts/Noto"));
        assertThat(app).contains("font-family: \"Noto Serif Bengali\", \"Noto Sans\", Nikosh, \"Noto Sans Bengali\", SolaimanLipi, serif;")
                .contains("local(\"Noto Serif Bengali\")");
        for (String bad : List.of("x\"); } </style><script>alert(1)</script>", "fonts/\\", "a b/", "")) {
            assertThatThrownBy(() -> HTML.page(SeedDocuments.officeOrder(), bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static List<String> fontUrls(String html) {
        List<String> urls = new ArrayList<>();
        Matcher m = FONT_URL.matcher(html);
        while (m.find()) {
            urls.add(m.group(1));
        }
        return urls;
    }

    @Test
    void rendersTheSameFromFourThreads() throws Exception {
        Document doc = SeedDocuments.minutes();
        String expected = HTML.page(doc);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            java.util.concurrent.Callable<String> render = () -> HTML.page(doc);
            for (Future<String> result : pool.invokeAll(Collections.nCopies(16, render))) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }

    /** No timing here (shared CI cores): 10,000 rows take 11-30 ms when warm, seed 003 0.2-0.6 ms. */
    @Test
    void tenThousandRowsUnderOneHeader() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ক্রমিক", "নাম ও পদবি", "স্বাক্ষর"));
        for (int i = 1; i <= 10_000; i++) {
            rows.add(List.of(SerialStyle.DOT.format(i), "সহকারী কমিশনার, আইসিটি শাখা, জেলা প্রশাসকের কার্যালয়", ""));
        }
        Document doc = Document.builder().landscape().letterhead(null, "জেলা প্রশাসকের কার্যালয়, দিনাজপুর")
                .title("হাজিরা").table(Table.of(new float[] {1, 6, 3}, rows)).build();
        org.jsoup.nodes.Document html = Jsoup.parse(HTML.page(doc));
        assertThat(html.select("thead > tr")).hasSize(1);
        assertThat(html.select("tbody > tr")).hasSize(10_000);
        assertThat(html.select("tbody > tr").last().text()).isEqualTo("১০০০০. সহকারী কমিশনার, আইসিটি শাখা, জেলা প্রশাসকের কার্যালয়");
    }

    /** Every seed document and template, and a paper with every part, rows spanning and minutes' order. */
    static Map<String, Document> documents() {
        Map<String, Document> documents = new java.util.LinkedHashMap<>(SeedDocuments.all());
        documents.put("every-part", everyPart(""));
        return documents;
    }

    /**
     * Minutes with every part a paper can have: subject, unruled details, a table with cells
     * spanning rows and columns and cells of two paragraphs, the memo line after the chair's
     * signature, distribution, copies, the issuer's signature and an annex. {@code extra} is added
     * to every text.
     */
    static Document everyPart(String extra) {
        return everyPart(extra, Orientation.PORTRAIT);
    }

    static Document everyPart(String extra, Orientation orientation) {
        LocalDate date = LocalDate.of(2023, 11, 27);
        String x = extra;
        Table decisions = new Table(List.of(0.7f, 3f, 3f, 2f), 2, List.of(
                Table.Row.of(Table.Cell.down("ক্রম" + x, 2), new Table.Cell("আলোচনা ও সিদ্ধান্ত" + x, 2),
                        Table.Cell.down("বাস্তবায়নকারী" + x, 2)),
                Table.Row.of(new Table.Cell("আলোচনা" + x), new Table.Cell("সিদ্ধান্ত" + x)),
                Table.Row.of(Table.Cell.down("১." + x, 2), Table.Cell.of("ই-নথি ব্যবহারের হার পর্যালোচনা করা হয়।" + x,
                        "শতভাগ ই-নথি নিশ্চিত করার বিষয়ে আলোচনা হয়।" + x), new Table.Cell("সকল শাখায় ই-নথি চালু থাকবে।" + x),
                        Table.Cell.down("১। সকল শাখা" + x, 2)),
                Table.Row.of(new Table.Cell("সেবা সহজিকরণের অগ্রগতি।" + x), new Table.Cell("প্রতি মাসে প্রতিবেদন দিতে হবে।" + x)),
                Table.Row.of(new Table.Cell("২." + x), new Table.Cell("বিবিধ: কোনো আলোচনা হয়নি।" + x, 2), new Table.Cell(""))));
        MemoNumber memo = MemoNumber.parse("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯");
        Document.Builder paper = Document.builder();
        if (orientation == Orientation.LANDSCAPE) {
            paper.landscape();
        }
        return paper
                .letterhead(new Letterhead("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার" + x,
                        List.of("মহিলা ও শিশু বিষয়ক মন্ত্রণালয়" + x, "প্রশাসন-২ শাখা" + x), "www.mowca.gov.bd" + x))
                .memo(memo, date)
                .memoAfterSignature()
                .title("ইনোভেশন টিম সভার কার্যবিবরণী" + x)
                .subject("মহিলা ও শিশু বিষয়ক মন্ত্রণালয়ের ইনোভেশন টিম সভা" + x)
                .table(Table.unruled(new float[] {1, 3}, List.of(List.of("সভাপতি" + x, "মুহাম্মদ ওয়াহিদুজ্জামান" + x),
                        List.of("স্থান" + x, "সম্মেলন কক্ষ" + x))))
                .block(new Paragraph("সভাপতি উপস্থিত সকলকে স্বাগত জানিয়ে সভার কার্যক্রম শুরু করেন।" + x, Align.CENTER))
                .heading("সিদ্ধান্তসমূহ:" + x)
                .table(decisions)
                .signature(new Signature("মুহাম্মদ ওয়াহিদুজ্জামান" + x, "সচিব" + x, "02-9540000" + x,
                        "secretary@mowca.gov.bd" + x, date))
                .distribution(true, List.of("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ" + x, "অতিরিক্ত সচিব (প্রশাসন)" + x))
                .copyList(new CopyList(memo, 1, date, "অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য:" + x,
                        List.of("সচিবের একান্ত সচিব" + x, "অফিস কপি" + x)))
                .issuer(new Signature("ফারহানা ইসলাম" + x, "উপসচিব" + x, null, null, date))
                .annex(new Annex("পরিশিষ্ট-ক" + x, List.of(new Heading("উপস্থিতি" + x),
                        new NumberedList(SerialStyle.PAREN, List.of("প্রথম সদস্য" + x, "দ্বিতীয় সদস্য" + x)),
                        Table.of(new float[] {1, 5, 3}, List.of(List.of("ক্রম" + x, "নাম ও পদবি" + x, "স্বাক্ষর" + x),
                                List.of("১." + x, "উপসচিব (প্রশাসন-২)" + x, ""))))))
                .build();
    }
}
