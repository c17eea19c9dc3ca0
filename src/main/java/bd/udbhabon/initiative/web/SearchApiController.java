package bd.udbhabon.initiative.web;

import bd.udbhabon.access.SignedIn;
import bd.udbhabon.initiative.internal.NationalSearch;
import bd.udbhabon.initiative.internal.SearchQuery;
import bd.udbhabon.office.Office;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Initiatives: national search", description = """
        The national search of innovation initiatives and of the offices' services registers (issue 15, point 4), for any
        signed-in account. Words in Bangla or English, part of a word will do (at least 3 characters); filters kind, level
        (of the office), district (a DISTRICT office's id: the offices in it), stage, and a least saving a year (saving=TIME
        in days, COST in taka or VISITS, atLeast a number; saving alone: any saving). in=SERVICES searches the registers
        (serviceKind, running=yes). 20 a page (page from 0), newest first, the largest saving first when one is asked;
        total counts up to 1,000 and more says there are more. An unreadable filter: 400 naming it.""")
class SearchApiController {

    private final NationalSearch search;

    SearchApiController(NationalSearch search) {
        this.search = search;
    }

    record OfficeJson(long id, String nameBn, String nameEn, String level) {
    }

    record SavingJson(BigDecimal timeDays, BigDecimal costTaka, long visits, LocalDate measuredOn) {
    }

    record InitiativeJson(long id, OfficeJson office, OfficeJson district, String kind, String titleBn, String titleEn,
                          String serviceBn, String stage, LocalDate stageSince, SavingJson savedPerYear) {
    }

    record ServiceJson(long id, OfficeJson office, OfficeJson district, String nameBn, String nameEn, String kind, String link,
                       boolean running, LocalDate checkedOn, Long initiativeId) {
    }

    record SearchJson(String in, long total, boolean more, int page, int pageSize, List<InitiativeJson> initiatives,
                      List<ServiceJson> services) {
    }

    @GetMapping("/api/v1/initiatives/search")
    @SignedIn
    @Operation(summary = "Initiatives (or services, in=SERVICES) across the country by words and filters, a page at a time")
    SearchJson search(@Parameter(description = "q, kind, level, district, stage, saving, atLeast, serviceKind, running, page, in")
                      @ModelAttribute SearchQuery.Filters filters) {
        FormErrors errors = new FormErrors();
        SearchQuery query = SearchQuery.parse(filters, errors);
        if (query == null) {
            throw UserFacingException.invalid(errors);
        }
        if (query.target() == SearchQuery.Target.SERVICES) {
            var found = search.services(query);
            return new SearchJson(query.target().name(), found.total(), found.more(), found.page(), SearchQuery.PAGE_SIZE, List.of(),
                    found.items().stream().map(s -> new ServiceJson(s.id(), office(s.office()), office(s.district()), s.nameBn(),
                            s.nameEn(), s.kind().name(), s.link(), s.running(), s.checkedOn(), s.initiativeId())).toList());
        }
        var found = search.initiatives(query);
        return new SearchJson(query.target().name(), found.total(), found.more(), found.page(), SearchQuery.PAGE_SIZE,
                found.items().stream().map(h -> new InitiativeJson(h.id(), office(h.office()), office(h.district()), h.kind().name(),
                        h.titleBn(), h.titleEn(), h.serviceBn(), h.stage().name(), h.stageSince(), h.tcv() == null ? null
                        : new SavingJson(h.tcv().timeSavedPerYear(), h.tcv().costSavedPerYear(), h.tcv().visitsSavedPerYear(),
                        h.tcv().measuredOn()))).toList(), List.of());
    }

    private static OfficeJson office(Office office) {
        return office == null ? null : new OfficeJson(office.id(), office.nameBn(), office.nameEn(), office.level().name());
    }
}
