package dev.mentorhub.notification;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The worker refuses to start when a send could outlast its lease. */
class OutboxLeaseCheckTest {

    @Test
    void shouldRefuseALeaseThatIsNotLongerThanTheMailerTimeout() {
        assertThatCode(() -> OutboxWorker.requireLeaseLongerThanTimeout(Duration.ofMinutes(2), Duration.ofSeconds(30)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> OutboxWorker.requireLeaseLongerThanTimeout(Duration.ofSeconds(60),
                Duration.ofSeconds(60))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mentorhub.outbox.lease").hasMessageContaining("quarkus.mailer.timeout");
    }
}
