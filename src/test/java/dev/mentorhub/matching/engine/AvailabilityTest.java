package dev.mentorhub.matching.engine;

import static dev.mentorhub.matching.engine.PersonBuilder.mentee;
import static dev.mentorhub.matching.engine.PersonBuilder.mentor;
import static dev.mentorhub.matching.engine.TestSkills.PYTORCH;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private static FactorScore availability(MatchEngine engine, PersonBuilder mentor, PersonBuilder mentee) {
        MatchResult r = engine.evaluate(mentor.teach(PYTORCH, 5).build(), mentee.learn(PYTORCH, 3).build(),
                Weights.DEFAULT);
        return r.breakdown().get(Factor.AVAILABILITY);
    }

    private static FactorScore availability(PersonBuilder mentor, PersonBuilder mentee) {
        return availability(TestSkills.engine(), mentor, mentee);
    }

    @Test
    void noOverlapScoresZero() {
        FactorScore f = availability(mentor().window(MONDAY, "09:00", "11:00"), mentee().window(MONDAY, "11:00", "13:00"));
        assertThat(f.value()).isZero();
        assertThat(f.reason()).isEqualTo("No shared hours in a typical week");
    }

    @Test
    void noWindowsScoreZero() {
        FactorScore f = availability(mentor(), mentee().window(MONDAY, "11:00", "13:00"));
        assertThat(f.value()).isZero();
        assertThat(f.reason()).isEqualTo("No availability given");
    }

    @Test
    void fullOverlapOfTwoHoursScoresOne() {
        FactorScore f = availability(mentor().window(MONDAY, "09:00", "11:00"), mentee().window(MONDAY, "09:00", "11:00"));
        assertThat(f.value()).isEqualTo(1.0);
        assertThat(f.reason()).isEqualTo("You overlap 2 h a week: Mon morning your time");
    }

    @Test
    void partialOverlapIsHoursOverTheTwoHourTarget() {
        FactorScore f = availability(mentor().window(MONDAY, "09:00", "10:30"), mentee().window(MONDAY, "10:00", "12:00"));
        assertThat(f.value()).isEqualTo(0.25);
        assertThat(f.reason()).isEqualTo("You overlap 0.5 h a week: Mon morning your time");
    }

    @Test
    void zonesTwelveHoursApartOverlapOnlyWhereTheClockTimesDiffer() {
        PersonBuilder menteeInUtc = mentee().window(MONDAY, "09:00", "11:00");
        assertThat(availability(mentor().zone("Etc/GMT-12").window(MONDAY, "21:00", "23:00"), menteeInUtc).value())
                .isEqualTo(1.0);
        assertThat(availability(mentor().zone("Etc/GMT-12").window(MONDAY, "09:00", "11:00"),
                mentee().window(MONDAY, "09:00", "11:00")).value()).isZero();
    }

    @Test
    void windowsWrapAroundTheEndOfTheWeek() {
        // Monday 00:00-02:00 at UTC+12 is Sunday 12:00-14:00 UTC.
        FactorScore f = availability(mentor().zone("Etc/GMT-12").window(MONDAY, "00:00", "02:00"),
                mentee().window(SUNDAY, "12:00", "14:00"));
        assertThat(f.value()).isEqualTo(1.0);
        assertThat(f.reason()).isEqualTo("You overlap 2 h a week: Sun afternoon your time");
    }

    @Test
    void daylightSavingIsTakenFromTheReferenceWeek() {
        // Berlin 18:00-20:00 and New York 12:00-14:00: 6 h apart in winter, 5 h apart in the March weeks when New
        // York has switched to summer time (8 March 2026) but Berlin not yet (29 March 2026).
        PersonBuilder berlin = mentee().zone("Europe/Berlin").window(TUESDAY, "18:00", "20:00");
        PersonBuilder newYork = mentor().zone("America/New_York").window(TUESDAY, "12:00", "14:00");
        assertThat(availability(TestSkills.engine(LocalDate.of(2026, 1, 13)), newYork, berlin).value()).isEqualTo(1.0);
        FactorScore march = availability(TestSkills.engine(LocalDate.of(2026, 3, 10)),
                mentor().zone("America/New_York").window(TUESDAY, "12:00", "14:00"),
                mentee().zone("Europe/Berlin").window(TUESDAY, "18:00", "20:00"));
        assertThat(march.value()).isEqualTo(0.5);
        assertThat(march.reason()).isEqualTo("You overlap 1 h a week: Tue evening your time");
    }

    @Test
    void sentenceGroupsDaysByPartOfDayInTheMenteesZone() {
        FactorScore f = availability(
                mentor().zone("Asia/Shanghai").window(TUESDAY, "00:00", "03:00").window(THURSDAY, "00:00", "02:00")
                        .window(THURSDAY, "23:00", "24:00"),
                mentee().zone("Europe/Berlin").window(MONDAY, "18:00", "20:00").window(TUESDAY, "09:00", "24:00")
                        .window(THURSDAY, "16:00", "19:00"));
        // Shanghai is 7 h ahead of Berlin in January: Tue 00-03 = Mon 17-20, Thu 00-02 = Wed 17-19 (no mentee
        // window), Thu 23-24 = Thu 16-17.
        assertThat(f.reason()).isEqualTo("You overlap 3 h a week: Mon evening, Thu afternoon your time");
        assertThat(f.value()).isEqualTo(1.0);
    }
}
