package bd.udbhabon.office.web;

import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDraft;
import bd.udbhabon.office.OfficeRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficePage;
import bd.udbhabon.shell.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/offices")
@Tag(name = "Offices", description = "The national registry of offices that keep an innovation team")
class OfficeApiController {

    private final OfficeDirectory offices;
    private final OfficeRegistry registry;

    OfficeApiController(OfficeDirectory offices, OfficeRegistry registry) {
        this.offices = offices;
        this.registry = registry;
    }

    @GetMapping
    @PublicAccess
    @Operation(summary = "Find offices by level, parent office and name (Bangla or English), a page at a time")
    OfficeListJson list(
            @Parameter(description = "CABINET_DIVISION, MINISTRY, DIRECTORATE, DIVISION, DISTRICT, UPAZILA or OTHER")
            @RequestParam(required = false) String level,
            @Parameter(description = "only offices directly under this office, in either hierarchy")
            @RequestParam(required = false) Long parent,
            @Parameter(description = "part of a name or place, in Bangla or English: দিনাজ, dinaj")
            @RequestParam(required = false) String q,
            @Parameter(description = "zero-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "offices per page, 1 to 200") @RequestParam(defaultValue = "20") int size) {
        OfficePage result = offices.search(OfficeQueries.from(level, parent, q, page, size));
        return new OfficeListJson(result.items().stream().map(OfficeJson::summary).toList(),
                result.total(), result.page(), result.size());
    }

    @GetMapping("/{id}")
    @PublicAccess
    @Operation(summary = "One office with its parents in both hierarchies and the number of offices under it")
    OfficeJson get(@PathVariable long id) {
        Office office = offices.find(id).orElseThrow(() -> UserFacingException.notFound("offices.error.notFound", id));
        return OfficeJson.detail(office,
                office.adminParentId() == null ? null : offices.find(office.adminParentId()).orElse(null),
                office.lineParentId() == null ? null : offices.find(office.lineParentId()).orElse(null));
    }

    @PostMapping("/{officeId}/children")
    @OfficeAccess(Permission.ADMINISTER_OFFICE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an office under this one; 400 with every field's problem if the details are wrong")
    OfficeJson create(@PathVariable long officeId, @RequestBody OfficeDraft draft) {
        if (draft.adminParent() == null || draft.adminParent().isBlank()) {
            draft = draft.withAdminParent(Long.toString(officeId));
        }
        var saved = registry.create(draft);
        if (!saved.ok()) {
            throw UserFacingException.invalid(saved.errors());
        }
        return get(saved.officeId());
    }

    @PutMapping("/{officeId}")
    @OfficeAccess(Permission.ADMINISTER_OFFICE)
    @Operation(summary = "Change an office's details; 400 with every field's problem if they are wrong")
    OfficeJson update(@PathVariable long officeId, @RequestBody OfficeDraft draft) {
        var saved = registry.update(officeId, draft);
        if (!saved.ok()) {
            throw UserFacingException.invalid(saved.errors());
        }
        return get(officeId);
    }

    record OfficeListJson(List<OfficeJson> items, long total, int page, int size) {
    }

    record OfficeRefJson(long id, OfficeLevel level, String nameBn, String nameEn) {
        static OfficeRefJson of(Office office) {
            return office == null ? null : new OfficeRefJson(office.id(), office.level(), office.nameBn(), office.nameEn());
        }
    }

    record OfficeJson(long id, OfficeLevel level, String nameBn, String nameEn, String placeBn, String placeEn,
                      Long adminParentId, Long lineParentId, OfficeRefJson adminParent, OfficeRefJson lineParent,
                      String website, String email, String fax, String memoCode, int childCount) {

        static OfficeJson summary(Office o) {
            return detail(o, null, null);
        }

        static OfficeJson detail(Office o, Office adminParent, Office lineParent) {
            return new OfficeJson(o.id(), o.level(), o.nameBn(), o.nameEn(), o.placeBn(), o.placeEn(),
                    o.adminParentId(), o.lineParentId(), OfficeRefJson.of(adminParent), OfficeRefJson.of(lineParent),
                    o.website(), o.email(), o.fax(), o.memoCode(), o.childCount());
        }
    }
}
