package dev.mentorhub.program.admin;

import dev.mentorhub.common.web.Problem.FieldError;
import dev.mentorhub.matching.engine.Weights;
import dev.mentorhub.program.settings.Audience;
import dev.mentorhub.program.settings.Eligibility;
import dev.mentorhub.program.settings.MatchingMode;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.settings.ProgramQuestion;
import dev.mentorhub.program.settings.ProgramRequest;
import dev.mentorhub.program.settings.ProgramWeights;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The program settings form as posted: every value a string, so whatever was typed can be shown again. Questions
 * come as parallel lists, one entry per row; {@code questionFeeds} holds the row numbers whose box is ticked. The
 * matching rules are checkboxes: "true" when ticked, absent when not.
 */
public record ProgramForm(@RestForm String name, @RestForm String description, @RestForm String audience,
        @RestForm String matchingMode, @RestForm String eligibility, @RestForm String eligibilityValue,
        @RestForm String enrolmentOpensOn, @RestForm String enrolmentClosesOn, @RestForm String weightSkill,
        @RestForm String weightStage, @RestForm String weightGoals, @RestForm String weightAvailability,
        @RestForm String weightFormatLocation, @RestForm String weightLoad, @RestForm String relationshipMonths,
        @RestForm String checkInDays, @RestForm List<String> questionId, @RestForm List<String> questionText,
        @RestForm List<String> questionKind, @RestForm List<String> questionOptions,
        @RestForm List<String> questionFeeds, @RestForm String excludeSameDepartment,
        @RestForm String excludeReportingLine) {

    static final int QUESTION_ROWS = 5;

    /** One question row as the form shows it. */
    public record QuestionRow(int index, String id, String text, String kind, String options, boolean feeds) {

        boolean blank() {
            return id.isBlank() && text.isBlank() && options.isBlank();
        }
    }

    /** A new program: sensible choices and the engine's default weights. */
    static ProgramForm blank() {
        return of(new ProgramDto(null, null, "", "", "", Audience.RESTRICTED.slug(), MatchingMode.SELF_SERVICE.slug(),
                Eligibility.INVITE_ONLY.slug(), null, null, null, false, ProgramWeights.of(Weights.DEFAULT), List.of(),
                6, 14, false, false, null, null, true));
    }

    static ProgramForm of(ProgramDto p) {
        ProgramWeights w = p.weights();
        List<ProgramQuestion> qs = p.questions() == null ? List.of() : p.questions();
        List<String> feeds = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            if (qs.get(i).feedsMatching()) {
                feeds.add(String.valueOf(i));
            }
        }
        return new ProgramForm(p.name(), p.description(), p.audience(), p.matchingMode(), p.eligibility(),
                p.eligibilityValue(), str(p.enrolmentOpensOn()), str(p.enrolmentClosesOn()), num(w.skill()),
                num(w.stage()), num(w.goals()), num(w.availability()), num(w.formatLocation()), num(w.load()),
                String.valueOf(p.relationshipMonths()), String.valueOf(p.checkInDays()),
                qs.stream().map(ProgramQuestion::id).toList(), qs.stream().map(ProgramQuestion::text).toList(),
                qs.stream().map(ProgramQuestion::kind).toList(),
                qs.stream().map(q -> String.join("\n", q.options() == null ? List.of() : q.options())).toList(),
                feeds, String.valueOf(p.excludeSameDepartment()), String.valueOf(p.excludeReportingLine()));
    }

    /** The rows to show: the questions typed or stored, then empty rows up to {@link #QUESTION_ROWS}. */
    public List<QuestionRow> rows() {
        int filled = Math.max(size(questionId), Math.max(size(questionText), size(questionKind)));
        List<QuestionRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(filled, QUESTION_ROWS); i++) {
            rows.add(new QuestionRow(i, at(questionId, i), at(questionText, i), at(questionKind, i).isBlank()
                    ? "short-text" : at(questionKind, i), at(questionOptions, i),
                    questionFeeds != null && questionFeeds.contains(String.valueOf(i))));
        }
        return rows;
    }

    /**
     * The request for the service, plus the fields that could not even be read (a date or number typed wrong), and
     * for each question sent, the form row it came from, so errors land on the right row.
     */
    record Parsed(ProgramRequest request, List<FieldError> errors, List<Integer> rowOfQuestion) {
    }

    Parsed parse() {
        List<FieldError> errors = new ArrayList<>();
        List<ProgramQuestion> questions = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (QuestionRow row : rows()) {
            if (row.blank()) {
                continue;
            }
            List<String> options = Arrays.stream(row.options().split("\\R")).map(String::strip)
                    .filter(o -> !o.isEmpty()).toList();
            String id = row.id().isBlank() ? "q" + (row.index() + 1) : row.id().strip();
            questions.add(new ProgramQuestion(id, row.text(), row.kind(), options, row.feeds()));
            rowOf.add(row.index());
        }
        ProgramWeights weights = weights(errors);
        ProgramRequest request = new ProgramRequest(name, description, audience, matchingMode, eligibility,
                eligibilityValueToSend(), date("enrolmentOpensOn", enrolmentOpensOn, errors),
                date("enrolmentClosesOn", enrolmentClosesOn, errors),
                weights == null || weights.equals(ProgramWeights.of(Weights.DEFAULT)) ? null : weights, questions,
                integer("relationshipMonths", relationshipMonths, errors), integer("checkInDays", checkInDays, errors),
                ticked(excludeSameDepartment), ticked(excludeReportingLine));
        return new Parsed(request, errors, rowOf);
    }

    /** Whether a checkbox was ticked (browsers send its value, "true", only then). */
    public static boolean ticked(String checkbox) {
        return "true".equals(checkbox);
    }

    /** Invite-only programs keep no domain or group, whatever is left in the box. */
    private String eligibilityValueToSend() {
        return Eligibility.INVITE_ONLY.slug().equals(eligibility) || eligibilityValue == null
                || eligibilityValue.isBlank() ? null : eligibilityValue;
    }

    private ProgramWeights weights(List<FieldError> errors) {
        double[] w = new double[6];
        String[] typed = {weightSkill, weightStage, weightGoals, weightAvailability, weightFormatLocation, weightLoad};
        for (int i = 0; i < typed.length; i++) {
            try {
                w[i] = Double.parseDouble(typed[i] == null ? "" : typed[i].strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("weights", "weights"));
                return null;
            }
        }
        return new ProgramWeights(w[0], w[1], w[2], w[3], w[4], w[5]);
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "date"));
            return null;
        }
    }

    private static Integer integer(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "number"));
            return null;
        }
    }

    private static String str(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** 0.35 stays "0.35", 1.0 becomes "1". */
    private static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
    }
}
