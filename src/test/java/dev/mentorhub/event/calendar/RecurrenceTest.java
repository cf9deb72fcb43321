package dev.mentorhub.event.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentorhub.event.calendar.Recurrence.Frequency;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules written, read back and expanded, across the Berlin DST changes. */
class RecurrenceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Thursday, 10 days before summer time ends (2026-10-25). */
    private static final LocalDateTime THURSDAY = LocalDateTime.parse("2026-10-15T19:00");
    private static final ZonedDateTime FIRST = THURSDAY.atZone(BERLIN);
    private static final Instant FAR = Instant.parse("2030-01-01T00:00:00Z");

    private static List<ZonedDateTime> all(String rule, ZonedDateTime first, int max) {
        return Recurrence.between(rule, first, first.toInstant(), FAR, max);
    }

    private static List<LocalDateTime> local(List<ZonedDateTime> starts) {
        return starts.stream().map(ZonedDateTime::toLocalDateTime).toList();
    }

    @Test
    void shouldNameTheFrequenciesBySlug() {
        assertThat(Frequency.WEEKLY.slug()).isEqualTo("weekly");
        assertThat(Frequency.BIWEEKLY.slug()).isEqualTo("every-two-weeks");
        assertThat(Frequency.MONTHLY.slug()).isEqualTo("monthly");
        for (Frequency f : Frequency.values()) {
            assertThat(Frequency.fromSlug(f.slug())).isEqualTo(f);
        }
        assertThat(Frequency.fromSlug("daily")).isNull();
        assertThat(Frequency.fromSlug("WEEKLY")).isNull();
        assertThat(Frequency.fromSlug(null)).isNull();
    }

    @Test
    void shouldWriteWeeklyAndBiweeklyRulesOnTheFirstStartsWeekday() {
        assertThat(Recurrence.rule(Frequency.WEEKLY, THURSDAY)).isEqualTo("FREQ=WEEKLY;BYDAY=TH");
        assertThat(Recurrence.rule(Frequency.BIWEEKLY, THURSDAY)).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
        assertThat(Recurrence.rule(Frequency.WEEKLY, THURSDAY.plusDays(4))).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
    }

    @Test
    void shouldWriteMonthlyRulesOnTheNthWeekdayAndTheLastOneForAFifth() {
        assertThat(Recurrence.rule(Frequency.MONTHLY, LocalDateTime.parse("2026-10-01T19:00")))
                .isEqualTo("FREQ=MONTHLY;BYDAY=1TH");
        assertThat(Recurrence.rule(Frequency.MONTHLY, THURSDAY)).isEqualTo("FREQ=MONTHLY;BYDAY=3TH");
        assertThat(Recurrence.rule(Frequency.MONTHLY, LocalDateTime.parse("2026-10-22T19:00")))
                .isEqualTo("FREQ=MONTHLY;BYDAY=4TH");
        // The 28th is in the last 7 days of January but the 4th Thursday, which every month has.
        assertThat(Recurrence.rule(Frequency.MONTHLY, LocalDateTime.parse("2027-01-28T19:00")))
                .isEqualTo("FREQ=MONTHLY;BYDAY=4TH");
        assertThat(Recurrence.rule(Frequency.MONTHLY, LocalDateTime.parse("2026-10-29T19:00")))
                .isEqualTo("FREQ=MONTHLY;BYDAY=-1TH");
        assertThat(Recurrence.rule(Frequency.MONTHLY, LocalDateTime.parse("2026-12-31T19:00")))
                .isEqualTo("FREQ=MONTHLY;BYDAY=-1TH");
    }

    @Test
    void shouldReadTheFrequencyBackAndNoneOfOtherRules() {
        for (Frequency f : Frequency.values()) {
            String rule = Recurrence.rule(f, THURSDAY);
            assertThat(Recurrence.frequencyOf(rule)).as(rule).isEqualTo(f);
            assertThat(Recurrence.frequencyOf(Recurrence.until(rule, FIRST.plusMonths(3)))).isEqualTo(f);
        }
        assertThat(Recurrence.frequencyOf("FREQ=MONTHLY;BYDAY=-1TH")).isEqualTo(Frequency.MONTHLY);
        assertThat(Recurrence.frequencyOf("FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;COUNT=4")).isEqualTo(Frequency.WEEKLY);
        assertThat(Recurrence.frequencyOf("FREQ=DAILY")).isNull();
        assertThat(Recurrence.frequencyOf("FREQ=WEEKLY;INTERVAL=3;BYDAY=TH")).isNull();
        assertThat(Recurrence.frequencyOf("FREQ=WEEKLY;BYDAY=TU,TH")).isNull();
        assertThat(Recurrence.frequencyOf("FREQ=MONTHLY;BYMONTHDAY=15")).isNull();
        assertThat(Recurrence.frequencyOf("FREQ=MONTHLY;BYDAY=TH")).isNull();
        assertThat(Recurrence.frequencyOf("FREQ=MONTHLY;BYDAY=3TH;BYMONTH=1")).isNull();
    }

    @Test
    void shouldKeepTheLocalTimeAcrossTheAutumnDstChange() {
        List<ZonedDateTime> starts = all(Recurrence.rule(Frequency.WEEKLY, THURSDAY), FIRST, 4);

        assertThat(local(starts)).containsExactly(THURSDAY, THURSDAY.plusWeeks(1), THURSDAY.plusWeeks(2),
                THURSDAY.plusWeeks(3));
        assertThat(starts).allSatisfy(s -> assertThat(s.getZone()).isEqualTo(BERLIN));
        assertThat(starts.get(1).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(starts.get(2).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        // 17:00 UTC before the change, 18:00 UTC after it.
        assertThat(starts.get(1).toInstant()).isEqualTo(Instant.parse("2026-10-22T17:00:00Z"));
        assertThat(starts.get(2).toInstant()).isEqualTo(Instant.parse("2026-10-29T18:00:00Z"));
    }

    @Test
    void shouldKeepTheLocalTimeAcrossTheSpringDstChangeForBiweeklyAndMonthly() {
        ZonedDateTime march = LocalDateTime.parse("2027-03-18T19:00").atZone(BERLIN);

        List<ZonedDateTime> biweekly = all(Recurrence.rule(Frequency.BIWEEKLY, march.toLocalDateTime()), march, 3);
        assertThat(local(biweekly)).containsExactly(LocalDateTime.parse("2027-03-18T19:00"),
                LocalDateTime.parse("2027-04-01T19:00"), LocalDateTime.parse("2027-04-15T19:00"));
        assertThat(biweekly.get(1).toInstant()).isEqualTo(Instant.parse("2027-04-01T17:00:00Z"));

        List<ZonedDateTime> monthly = all(Recurrence.rule(Frequency.MONTHLY, march.toLocalDateTime()), march, 3);
        assertThat(local(monthly)).containsExactly(LocalDateTime.parse("2027-03-18T19:00"),
                LocalDateTime.parse("2027-04-15T19:00"), LocalDateTime.parse("2027-05-20T19:00"));
    }

    @Test
    void shouldExpandTheLastThursdayIntoFourAndFiveWeekMonths() {
        LocalDateTime last = LocalDateTime.parse("2026-10-29T19:00");
        List<ZonedDateTime> starts = all(Recurrence.rule(Frequency.MONTHLY, last), last.atZone(BERLIN), 4);

        assertThat(local(starts)).containsExactly(last, LocalDateTime.parse("2026-11-26T19:00"),
                LocalDateTime.parse("2026-12-31T19:00"), LocalDateTime.parse("2027-01-28T19:00"));
    }

    @Test
    void shouldIncludeFromExcludeToAndStopAtMax() {
        String rule = Recurrence.rule(Frequency.WEEKLY, THURSDAY);
        Instant second = FIRST.plusWeeks(1).toInstant();
        Instant fourth = FIRST.plusWeeks(3).toInstant();

        assertThat(local(Recurrence.between(rule, FIRST, second, fourth, 10)))
                .containsExactly(THURSDAY.plusWeeks(1), THURSDAY.plusWeeks(2));
        assertThat(local(Recurrence.between(rule, FIRST, second.plusSeconds(1), fourth.plusSeconds(1), 10)))
                .containsExactly(THURSDAY.plusWeeks(2), THURSDAY.plusWeeks(3));
        assertThat(local(Recurrence.between(rule, FIRST, FIRST.toInstant(), FAR, 2)))
                .containsExactly(THURSDAY, THURSDAY.plusWeeks(1));
        assertThat(Recurrence.between(rule, FIRST, FIRST.toInstant(), FAR, 0)).isEmpty();
        assertThat(Recurrence.between(rule, FIRST, fourth, second, 10)).isEmpty();
        // Nothing before the first start, even when asked for.
        assertThat(local(Recurrence.between(rule, FIRST, FIRST.minusWeeks(5).toInstant(), second, 10)))
                .containsExactly(THURSDAY);
        assertThatThrownBy(() -> Recurrence.between(rule, FIRST, FIRST.toInstant(), FAR, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCountAFirstStartOffTheRule() {
        // A Thursday start of a Friday rule: RFC 5545 counts DTSTART as the first occurrence all the same.
        List<ZonedDateTime> starts = all("FREQ=WEEKLY;BYDAY=FR", FIRST, 3);

        assertThat(local(starts)).containsExactly(THURSDAY, THURSDAY.plusDays(1), THURSDAY.plusDays(8));
    }

    @Test
    void shouldEndWithTheLastStartReplacingUntilAndCount() {
        String rule = Recurrence.rule(Frequency.WEEKLY, THURSDAY);
        ZonedDateTime third = FIRST.plusWeeks(2); // 2026-10-29 19:00 CET = 18:00 UTC

        String bounded = Recurrence.until(rule, third);
        assertThat(bounded).isEqualTo("FREQ=WEEKLY;BYDAY=TH;UNTIL=20261029T180000Z");
        assertThat(local(all(bounded, FIRST, 10))).containsExactly(THURSDAY, THURSDAY.plusWeeks(1),
                THURSDAY.plusWeeks(2));

        assertThat(Recurrence.until("FREQ=WEEKLY;COUNT=2;BYDAY=TH", third))
                .isEqualTo("FREQ=WEEKLY;BYDAY=TH;UNTIL=20261029T180000Z");
        assertThat(Recurrence.until(bounded, FIRST.plusWeeks(5)))
                .isEqualTo("FREQ=WEEKLY;BYDAY=TH;UNTIL=20261119T180000Z");
        assertThat(all(Recurrence.until(bounded, FIRST.plusWeeks(5)), FIRST, 10)).hasSize(6);
    }

    @Test
    void shouldEndBeforeTheOccurrenceOfAThisAndFollowingEdit() {
        String rule = Recurrence.rule(Frequency.WEEKLY, THURSDAY);
        ZonedDateTime fourth = FIRST.plusWeeks(3); // 2026-11-05 19:00 CET = 18:00 UTC

        String old = Recurrence.endingBefore(rule, fourth);

        assertThat(old).isEqualTo("FREQ=WEEKLY;BYDAY=TH;UNTIL=20261105T175959Z");
        List<ZonedDateTime> starts = all(old, FIRST, 10);
        assertThat(local(starts)).containsExactly(THURSDAY, THURSDAY.plusWeeks(1), THURSDAY.plusWeeks(2));
        assertThat(Recurrence.frequencyOf(old)).isEqualTo(Frequency.WEEKLY);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "garbage", "FREQ=FORTNIGHTLY", "BYDAY=TH", "FREQ=WEEKLY;BYDAY=XX",
            "FREQ=WEEKLY;INTERVAL=two", "FREQ=WEEKLY;INTERVAL=0", "FREQ=WEEKLY;FOO=1", "freq=weekly",
            "FREQ=WEEKLY;COUNT=3;UNTIL=20270131T235959Z", "FREQ=WEEKLY;UNTIL=20270131", "FREQ=WEEKLY;UNTIL=soon"})
    void shouldRejectInvalidRules(String rule) {
        assertThatThrownBy(() -> Recurrence.frequencyOf(rule)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.between(rule, FIRST, FIRST.toInstant(), FAR, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.until(rule, FIRST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.endingBefore(rule, FIRST)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepTheFirstStartsTimeOfDay() {
        ZonedDateTime morning = FIRST.with(LocalTime.of(9, 30));
        assertThat(all("FREQ=WEEKLY;BYDAY=TH", morning, 3))
                .allSatisfy(s -> assertThat(s.toLocalTime()).isEqualTo(LocalTime.of(9, 30)));
    }
}
