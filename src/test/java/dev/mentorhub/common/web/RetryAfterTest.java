package dev.mentorhub.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How a limit's waiting time becomes the Retry-After header and the page's "try again in ...". */
class RetryAfterTest {

    private static long header(Duration retryAfter) {
        return new TooManyRequestsException("test-limit", "Limit", retryAfter).retryAfterSeconds();
    }

    @Test
    void shouldRoundTheHeaderUpToWholeSecondsAndNeverAnswerZero() {
        assertThat(header(Duration.ofSeconds(59))).isEqualTo(59);
        assertThat(header(Duration.ofSeconds(59).plusMillis(1))).isEqualTo(60);
        assertThat(header(Duration.ZERO)).isEqualTo(1);
        assertThat(header(Duration.ofSeconds(-5))).isEqualTo(1);
    }

    @Test
    void shouldSayMinutesThenHoursThenDays() {
        RetryAfter soon = new RetryAfter(61);
        assertThat(soon.inHours()).isFalse();
        assertThat(soon.inDays()).isFalse();
        assertThat(soon.minutes()).isEqualTo(2);

        RetryAfter tonight = new RetryAfter(Duration.ofHours(13).plusMinutes(1).toSeconds());
        assertThat(tonight.inHours()).isTrue();
        assertThat(tonight.hours()).isEqualTo(14);

        RetryAfter coolDown = new RetryAfter(Duration.ofDays(7).toSeconds());
        assertThat(coolDown.inDays()).isTrue();
        assertThat(coolDown.inHours()).isFalse();
        assertThat(coolDown.days()).isEqualTo(7);
    }
}
