package bd.udbhabon.supervision.web;

import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.TableExport;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.supervision.OfficeFigures.Measure;
import bd.udbhabon.supervision.internal.Dashboards;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national open data (issue 16, point 6; duty ১৪ of the 2025 notification): every office's own figures per
 * quarter from the dashboards' read side, as JSON and CSV, public, cacheable (an ETag of the body, revalidated).
 * Counts and totals of offices only: no names of people, no texts.
 */
@RestController
@Tag(name = "Open data", description = """
        National figures per office for a fiscal year (`year` as 2024-25, July to June; the current one when left out),
        from the supervision dashboards' read side: each office's own figures (not summed over the offices below it) per
        quarter (1-4, July-September first; 0 for a figure of the year as a whole) and measure, as `value` of `outOf`
        (3 meetings held of 4 due; `outOf` 0 where no total applies). Measures: team.formed, team.compliant,
        team.current (formed or re-formed under the notification in force), meeting.held (periods the cadence asked a
        meeting in, met), meeting.overdue, minutes.issued, minutes.published (of meetings held), decision.taken,
        decision.implemented (of those taken), decision.overdue, plan.issued, plan.reports (quarterly reports sent),
        plan.late, plan.score (hundredths of a point of 100 points: sum value over sum outOf is the mean score),
        initiative.new, initiative.active, initiative.running, and those other modules add. Nothing personal. Public;
        cacheable for an hour, revalidated by ETag (If-None-Match answers 304).""")
class OpenDataApi {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final Dashboards dashboards;
    private final OfficeDirectory offices;
    private final JsonMapper json;

    OpenDataApi(Dashboards dashboards, OfficeDirectory offices, JsonMapper json) {
        this.dashboards = dashboards;
        this.offices = offices;
        this.json = json;
    }

    record MeasureJson(String key, String nameBn, String nameEn, boolean rate) {
    }

    record FigureJson(int quarter, String measure, long value, long outOf) {
    }

    record OfficeJson(long id, String nameBn, String nameEn, String level, Long adminParentId, Long lineParentId,
                      List<FigureJson> figures) {
    }

    record OpenDataJson(String fiscalYear, String licence, List<MeasureJson> measures, List<OfficeJson> offices) {
    }

    @GetMapping("/api/v1/open-data/figures")
    @PublicAccess
    @Operation(summary = "Every office's figures of the fiscal year, per quarter and measure (JSON)")
    ResponseEntity<byte[]> figures(@Parameter(description = "the fiscal year, e.g. 2024-25") @RequestParam(required = false) String year,
                                   @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        FiscalYear fiscalYear = year(year);
        Map<Long, List<FigureJson>> byOffice = new LinkedHashMap<>();
        dashboards.forEachOwnFigure(fiscalYear, f -> byOffice.computeIfAbsent(f.officeId(), o -> new ArrayList<>())
                .add(new FigureJson(f.quarter(), f.measure(), f.value(), f.outOf())));
        Map<Long, Office> names = offices.findAll(byOffice.keySet());
        List<OfficeJson> rows = new ArrayList<>();
        byOffice.forEach((id, figures) -> {
            Office o = names.get(id);
            if (o != null) {
                rows.add(new OfficeJson(id, o.nameBn(), o.nameEn(), o.level().name(), o.adminParentId(), o.lineParentId(), figures));
            }
        });
        List<MeasureJson> measures = dashboards.measures().stream()
                .map(m -> new MeasureJson(m.key(), m.nameBn(), m.nameEn(), m.rate())).toList();
        byte[] body = json.writeValueAsBytes(new OpenDataJson(fiscalYear.shortLabelLatin(), LICENCE, measures, rows));
        return cacheable(body, MediaType.APPLICATION_JSON, ifNoneMatch);
    }

    @GetMapping("/api/v1/open-data/figures.csv")
    @PublicAccess
    @Operation(summary = "The same figures as CSV, one row per office, quarter and measure")
    ResponseEntity<byte[]> csv(@Parameter(description = "the fiscal year, e.g. 2024-25") @RequestParam(required = false) String year,
                               @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        FiscalYear fiscalYear = year(year);
        List<Dashboards.OwnFigure> figures = new ArrayList<>();
        dashboards.forEachOwnFigure(fiscalYear, figures::add);
        Map<Long, Office> names = offices.findAll(figures.stream().map(Dashboards.OwnFigure::officeId).distinct().toList());
        Map<String, Measure> measures = new LinkedHashMap<>();
        dashboards.measures().forEach(m -> measures.put(m.key(), m));
        byte[] body = TableExport.csv(List.of("fiscal_year", "office_id", "office_name_bn", "office_name_en", "level", "quarter",
                "measure", "measure_name_en", "value", "out_of"), row -> {
            for (Dashboards.OwnFigure f : figures) {
                Office o = names.get(f.officeId());
                if (o == null) {
                    continue;
                }
                Measure m = measures.get(f.measure());
                row.accept(List.of(fiscalYear.shortLabelLatin(), f.officeId(), o.nameBn(), o.nameEn(), o.level().name(), f.quarter(),
                        f.measure(), m == null ? "" : m.nameEn(), f.value(), f.outOf()));
            }
        });
        return cacheable(body, TableExport.CSV, ifNoneMatch);
    }

    private static final String LICENCE = "Open data of the Government of the People's Republic of Bangladesh; free to use with attribution";

    private static FiscalYear year(String text) {
        if (text == null || text.isBlank()) {
            return FiscalYear.of(Dhaka.today());
        }
        try {
            return FiscalYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.badRequest("supervision.error.year", text);
        }
    }

    /** The body with its ETag (a hash of it) and an hour's public caching; 304 when the client holds the same. */
    private static ResponseEntity<byte[]> cacheable(byte[] body, MediaType type, String ifNoneMatch) {
        String etag = "\"" + sha256(body) + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CACHE).build();
        }
        return ResponseEntity.ok().contentType(type).eTag(etag).cacheControl(CACHE).body(body);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
