package bd.udbhabon.demo;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.portal.ChecklistItem;
import bd.udbhabon.portal.Completeness;
import bd.udbhabon.portal.PortalChecklist;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Portal completeness of the demo (issue 16, point 3): seed 003 item 8's review of 2023-24's first quarter. The
 * divisional commissioner's office and each district it names complete on their own portals (100 %), the offices
 * below each district (its upazilas) complete to the seed's rate (Pabna 92 %, Bogura 93 %…). The seed gives no
 * figures for Chapainawabganj: its offices are filled just enough for the division's offices below to come to the
 * seed's 86 %. Through {@link PortalChecklist}, as the form does; the links are the offices' own portal addresses.
 */
@Component
@ConditionalOnProperty(name = "udbhabon.demo", havingValue = "true")
class DemoPortal {

    static final FiscalYear YEAR = new FiscalYear(2023);
    static final int QUARTER = 1;

    /** A district as seed 003 prints it: its own rate and its offices below's ("পাবনা জেলা নিজ অফিস-১০০% আওতাধীন ... ৯২%"). */
    record SeedDistrict(String placeEn, int own, int below) {
    }

    /**
     * Seed 003 item 8, in its order. Sirajganj's own 99.87 % cannot come from one office's checklist (a rate of a
     * few items), so its own portal is complete; its "৮৯০%" is read as 89 % (incomplete 11 %). Tangail is named by
     * the seed though the registry places it in the Dhaka division, where its page shows it.
     */
    static final List<SeedDistrict> SEED_003 = List.of(new SeedDistrict("Pabna", 100, 92), new SeedDistrict("Bogura", 100, 93),
            new SeedDistrict("Rajshahi", 100, 85), new SeedDistrict("Natore", 100, 86), new SeedDistrict("Joypurhat", 100, 94),
            new SeedDistrict("Tangail", 100, 89), new SeedDistrict("Naogaon", 100, 85), new SeedDistrict("Sirajganj", 100, 89));
    static final int DIVISION_BELOW = 86;

    /** The portal's pages of V60's items, as the national portal framework names them. */
    private static final String[] PAGES = {"site/page/innovation-corner", "site/office_order/innovation-team",
            "site/view/action_plan", "site/view/innovation_team_minutes", "site/page/innovation-projects",
            "site/page/citizen_charter", "site/page/e-services", "site/view/officer_list"};

    private final PortalChecklist portal;
    private final OfficeDirectory offices;

    DemoPortal(PortalChecklist portal, OfficeDirectory offices) {
        this.portal = portal;
        this.offices = offices;
    }

    void load(long rajshahiDivision) {
        List<ChecklistItem> items = portal.items(YEAR);
        fill(offices.require(rajshahiDivision), items, items.size());
        for (SeedDistrict seed : SEED_003) {
            Office district = district(seed.placeEn());
            fill(district, items, items.size() * seed.own() / 100);
            spread(below(district.id()), items, done(seed.below(), below(district.id()).size() * (long) items.size()));
        }
        // Chapainawabganj (not in the seed): enough for the division's offices below to print 86 %
        Office chapai = district("Chapainawabganj");
        List<Office> chapaiOffices = new ArrayList<>(below(chapai.id()));
        chapaiOffices.addFirst(chapai);
        Completeness division = portal.completeness(rajshahiDivision, YEAR, QUARTER);
        long needed = done(DIVISION_BELOW, division.belowAsked()) - division.belowDone();
        spread(chapaiOffices, items, Math.max(0, Math.min(needed, chapaiOffices.size() * (long) items.size())));
    }

    /**
     * The fewest items done of {@code asked} that print as {@code percent} (whole, half up), or the nearest when whole
     * items cannot (Joypurhat's 5 upazilas ask 40 items: 93 % or 95 %, never the seed's 94 %).
     */
    static long done(int percent, long asked) {
        long nearest = 0;
        for (long d = 0; d <= asked; d++) {
            BigDecimal rate = Completeness.rate(d, asked);
            if (rate.compareTo(BigDecimal.valueOf(percent)) == 0) {
                return d;
            }
            if (Math.abs(d * 100.0 / asked - percent) < Math.abs(nearest * 100.0 / asked - percent)) {
                nearest = d;
            }
        }
        return nearest;
    }

    /** {@code done} items spread over the offices, as evenly as whole items allow. */
    private void spread(List<Office> below, List<ChecklistItem> items, long done) {
        for (int i = 0; i < below.size(); i++) {
            long share = done / below.size() + (i < done % below.size() ? 1 : 0);
            fill(below.get(i), items, (int) Math.min(items.size(), share));
        }
    }

    /** The office's first {@code done} items with a link on its portal, the rest blank. */
    private void fill(Office office, List<ChecklistItem> items, int done) {
        String site = office.website() != null && !office.website().isBlank() ? office.website().replaceFirst("^https?://", "")
                : office.placeEn().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".gov.bd";
        List<PortalChecklist.Answer> answers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String page = i < PAGES.length ? PAGES[i] : "site/page/item-" + (i + 1);
            answers.add(new PortalChecklist.Answer(items.get(i).id(), i < done ? "https://" + site.replaceAll("/+$", "") + "/" + page : ""));
        }
        portal.fill(office.id(), YEAR, QUARTER, answers);
    }

    private Office district(String placeEn) {
        return offices.search(new OfficeSearch(OfficeLevel.DISTRICT, null, placeEn, 0, 50)).items().stream()
                .filter(o -> placeEn.equals(o.placeEn())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no district " + placeEn + " in the registry"));
    }

    /** Every office below the district (its upazilas, and any other office under it). */
    private List<Office> below(long districtId) {
        return offices.search(new OfficeSearch(null, null, null, 0, OfficeSearch.MAX_SIZE, districtId)).items().stream()
                .filter(o -> o.id() != districtId).toList();
    }
}
