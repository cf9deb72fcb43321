package dev.mentorhub.matching;

import dev.mentorhub.matching.engine.FactorScore;
import dev.mentorhub.matching.engine.MatchResult;
import dev.mentorhub.matching.engine.Person;
import dev.mentorhub.matching.engine.Weights;
import dev.mentorhub.mentorship.MatchFactors;
import dev.mentorhub.program.ProgramAccess;
import dev.mentorhub.program.ProgramService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The engine's breakdown of an accepted pair, factor slug to points in tenths, with the program's weights. */
@ApplicationScoped
class AcceptedMatchFactors implements MatchFactors {

    private final MatchingIndex index;
    private final ProgramAccess programs;

    AcceptedMatchFactors(MatchingIndex index, ProgramAccess programs) {
        this.index = index;
        this.programs = programs;
    }

    @Override
    public Map<String, Integer> pointsAtAccept(UUID mentorId, UUID menteeId, UUID programId) {
        Optional<Person> mentor = index.person(mentorId);
        Optional<Person> mentee = index.person(menteeId);
        if (mentor.isEmpty() || mentee.isEmpty()) {
            return Map.of();
        }
        Weights weights = programId == null ? Weights.DEFAULT
                : ProgramService.weightsOf(programs.reachedThrough(programId));
        MatchResult result = index.current().engine().evaluate(mentor.get(), mentee.get(), weights);
        if (!result.passed()) {
            return Map.of();
        }
        Map<String, Integer> points = new LinkedHashMap<>();
        for (FactorScore f : result.breakdown().factors()) {
            points.put(slug(f), f.pointsTenths());
        }
        return points;
    }

    static String slug(FactorScore f) {
        return f.factor().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
