package dev.mentorhub.matching.engine;

import java.time.LocalDate;

/** A small taxonomy: two areas with children, and a third area. */
final class TestSkills {

    static final int ML = 0;
    static final int SUPERVISED = 1;
    static final int DEEP_LEARNING = 2;
    static final int LIBRARIES = 3;
    static final int PYTORCH = 4;
    static final int TENSORFLOW = 5;
    static final int SCIKIT_LEARN = 6;
    static final int CAREER = 7;
    static final int INTERVIEWS = 8;

    static final String[] NAMES = {"ML fundamentals", "supervised learning", "deep learning", "libraries and tools",
        "PyTorch", "TensorFlow", "scikit-learn", "career growth", "interviews"};

    static final SkillGraph GRAPH = new SkillGraph(new int[] {-1, ML, ML, -1, LIBRARIES, LIBRARIES, LIBRARIES, -1, CAREER});

    /** A week with no daylight-saving change anywhere (Monday 12 January 2026). */
    static final LocalDate WINTER_WEEK = LocalDate.of(2026, 1, 12);

    static MatchEngine engine() {
        return engine(WINTER_WEEK);
    }

    static MatchEngine engine(LocalDate week) {
        return new MatchEngine(GRAPH, i -> NAMES[i], week);
    }

    private TestSkills() {
    }
}
