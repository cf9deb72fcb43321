package dev.mentorhub.matching.engine;

/** The worked example of docs/matching.md for tests outside this package (e.g. the Chinese sentences). */
public final class WorkedExample {

    /** The taxonomy's Chinese names, by dense id (TestSkills). */
    public static final String[] NAMES_ZH = {"机器学习基础", "监督学习", "深度学习", "库与工具", "PyTorch", "TensorFlow",
        "scikit-learn", "职业发展", "面试"};

    private WorkedExample() {
    }

    /** Jonas as Mei's mentor, in the reference week of the example. */
    public static MatchResult result() {
        return TestSkills.engine().evaluate(WorkedExampleTest.JONAS, WorkedExampleTest.MEI, Weights.DEFAULT);
    }

    public static SkillGraph graph() {
        return TestSkills.GRAPH;
    }

    public static String[] names() {
        return TestSkills.NAMES.clone();
    }
}
