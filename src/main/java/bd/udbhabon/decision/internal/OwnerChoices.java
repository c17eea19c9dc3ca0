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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The implementing authorities an office can name, worded as minutes name them; and their names on an English page. */
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

    /**
     * The owners' English names by key, as {@link OwnerChoice#labelEn()} words the choices, a post with its
     * office ("Assistant Programmer, …") since the label a decision keeps often names it; an owner whose
     * office or post is gone, or has no English, is left out (its Bangla label stands in).
     */
    Map<String, String> namesEn(Collection<Owner> owners) {
        Map<Long, Post> posts = people.posts(owners.stream().map(Owner::postId).filter(Objects::nonNull).distinct().toList());
        // every office named, the owners' own and their posts', in one query
        Map<Long, Office> officesById = offices.findAll(java.util.stream.Stream.concat(
                owners.stream().map(Owner::officeId), posts.values().stream().map(Post::officeId)).filter(Objects::nonNull).toList());
        Map<String, String> names = new HashMap<>();
        for (Owner owner : owners) {
            String name = null;
            if (owner.postId() != null) {
                Post post = posts.get(owner.postId());
                if (post != null && post.titleEn() != null && !post.titleEn().isBlank()) {
                    // a post of another office names that office in its title already
                    name = post.ofAnotherOffice() ? post.titleEn() : Optional.ofNullable(officesById.get(post.officeId()))
                            .map(o -> post.titleEn() + ", " + o.name(false)).orElse(post.titleEn());
                }
            } else {
                Optional<Office> office = Optional.ofNullable(officesById.get(owner.officeId()));
                name = office.map(o -> owner.level() == null ? o.name(false)
                        : HEADS_EN.getOrDefault(owner.level(), owner.level().nameEn()) + " (all), " + o.name(false)).orElse(null);
            }
            if (name != null) {
                names.put(owner.key(), name);
            }
        }
        return names;
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
