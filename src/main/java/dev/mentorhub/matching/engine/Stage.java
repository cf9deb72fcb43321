package dev.mentorhub.matching.engine;

/** Career stages in order; a person's stage is the ordinal 0..5. Mirrors the profile's CareerStage. */
enum Stage {
    STUDENT("Student"), EARLY_CAREER("Early-career"), MID_LEVEL("Mid-level"), SENIOR("Senior"),
    STAFF_PRINCIPAL("Staff/principal"), LEADER_MANAGER("Leader/manager");

    static final int COUNT = values().length;

    final String label;

    Stage(String label) {
        this.label = label;
    }

    static String label(int ordinal) {
        return values()[ordinal].label;
    }
}
