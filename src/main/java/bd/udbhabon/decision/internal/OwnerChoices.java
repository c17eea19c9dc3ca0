package bd.udbhabon.decision.internal;

import bd.udbhabon.decision.Owner;
import bd.udbhabon.decision.OwnerChoice;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The implementing authorities an office can name, worded as minutes name them. */
@Component
class OwnerChoices {

    private final OfficeDirectory offices;
    private final PeopleDirectory people;

    OwnerChoices(OfficeDirectory offices, PeopleDirectory people) {
        this.offices = offices;
        this.people = people;
    }

    List<OwnerChoice> ownerChoices(long officeId) {
        Office office = offices.find(officeId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        List<OwnerChoice> choices = new ArrayList<>();
        choices.add(new OwnerChoice(office.nameBn(), office.nameEn(), Owner.office(officeId, office.nameBn())));
        for (Post post : people.posts(officeId)) {
            if (post.active()) {
                choices.add(new OwnerChoice(post.titleBn(), post.titleEn(), Owner.post(post.id(), post.titleBn())));
            }
        }
        List<Office> below = new ArrayList<>();
        for (int page = 0; ; page++) {
            var found = offices.search(new OfficeSearch(null, officeId, null, page, OfficeSearch.MAX_SIZE)).items();
            below.addAll(found);
            if (found.size() < OfficeSearch.MAX_SIZE) {
                break;
            }
        }
        below.stream().map(Office::level).distinct().sorted().forEach(level -> {
            String label = HEADS.getOrDefault(level, level.nameBn()) + " (সকল), " + placeOf(office);
            String labelEn = HEADS_EN.getOrDefault(level, level.nameEn()) + " (all), " + office.name(false);
            choices.add(new OwnerChoice(label, labelEn, Owner.everyOffice(level, officeId, label)));
        });
        for (Office child : below) {
            choices.add(new OwnerChoice(child.nameBn(), child.nameEn(), Owner.office(child.id(), child.nameBn())));
        }
        return choices;
    }

    /** Who heads the offices of a level, as minutes name them ("জেলা প্রশাসক (সকল), রাজশাহী বিভাগ"). */
    private static final Map<OfficeLevel, String> HEADS = Map.of(
            OfficeLevel.MINISTRY, "সচিব", OfficeLevel.DIRECTORATE, "অধিদপ্তর/সংস্থা প্রধান",
            OfficeLevel.DIVISION, "বিভাগীয় কমিশনার", OfficeLevel.DISTRICT, "জেলা প্রশাসক",
            OfficeLevel.UPAZILA, "উপজেলা নির্বাহী অফিসার", OfficeLevel.OTHER, "দপ্তর প্রধান");

    /** The same in English, for the choices on an English page (the decision keeps the Bangla label). */
    private static final Map<OfficeLevel, String> HEADS_EN = Map.of(
            OfficeLevel.MINISTRY, "Secretaries", OfficeLevel.DIRECTORATE, "Heads of directorates/agencies",
            OfficeLevel.DIVISION, "Divisional Commissioners", OfficeLevel.DISTRICT, "Deputy Commissioners",
            OfficeLevel.UPAZILA, "Upazila Nirbahi Officers", OfficeLevel.OTHER, "Heads of offices");

    private static String placeOf(Office office) {
        return switch (office.level()) {
            case DIVISION -> office.placeBn() + " বিভাগ";
            case DISTRICT -> office.placeBn() + " জেলা";
            case UPAZILA -> office.placeBn() + " উপজেলা";
            default -> office.nameBn();
        };
    }
}
