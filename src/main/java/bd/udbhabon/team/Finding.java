package bd.udbhabon.team;

/** One rule of a notification applied to a team: met or not, said in plain Bangla and English. */
public record Finding(boolean met, String textBn, String textEn) {

    public String text(boolean bangla) {
        return bangla ? textBn : textEn;
    }
}
