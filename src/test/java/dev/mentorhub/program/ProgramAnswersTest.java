package dev.mentorhub.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.Problem.FieldError;
import dev.mentorhub.program.settings.ProgramQuestion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules for answers to a program's extra questions. */
public class ProgramAnswersTest {

    public static final List<ProgramQuestion> QUESTIONS = List.of(
            new ProgramQuestion("team", "Your team", "single-choice", List.of("Sales", "Engineering"), true),
            new ProgramQuestion("topics", "Topics", "multi-choice", List.of("Leadership", "Java", "Public speaking"),
                    true),
            new ProgramQuestion("why", "Why join?", "short-text", List.of(), false));

    @Test
    void shouldKeepValidAnswersTrimmedAndMultiChoicesInTheOptionsOrder() {
        Map<String, Object> clean = ProgramAnswers.validate(QUESTIONS,
                Map.of("team", " Sales ", "topics", List.of("Java", "Leadership", "Java"), "why", "  To grow  "));

        assertThat(clean).containsExactly(Map.entry("team", "Sales"),
                Map.entry("topics", List.of("Leadership", "Java")), Map.entry("why", "To grow"));
    }

    @Test
    void shouldLeaveOutBlankAnswers() {
        assertThat(ProgramAnswers.validate(QUESTIONS, Map.of("team", "", "topics", List.of(), "why", "  ")))
                .isEmpty();
    }

    @Test
    void shouldNameEveryInvalidAnswer() {
        assertThatThrownBy(() -> ProgramAnswers.validate(QUESTIONS, Map.of("team", "Marketing",
                "topics", List.of("Java", "Cooking"), "why", "x".repeat(301), "unknown", "a")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("answers.team", "answers.topics", "answers.why",
                                "answers.unknown"));
    }

    @Test
    void shouldRefuseWrongShapes() {
        assertThatThrownBy(() -> ProgramAnswers.validate(QUESTIONS, Map.of("team", List.of("Sales"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ProgramAnswers.validate(QUESTIONS, Map.of("why", 42)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ProgramAnswers.validate(QUESTIONS, Map.of("why", "x".repeat(300)))).containsKey("why");
    }
}
