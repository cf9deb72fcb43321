package dev.mentorhub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MailsTest {

    @Inject
    Mails mails;

    @Test
    void shouldRenderTheWelcomeMailInEnglishWithHtmlAndTextParts() {
        RenderedMail mail = mails.welcome(Locale.ENGLISH, "Mei <Chen>");

        assertThat(mail.template()).isEqualTo("welcome");
        assertThat(mail.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(mail.subject()).isEqualTo("Welcome to MentorHub, Mei <Chen>");
        assertThat(mail.html()).contains("<html lang=\"en\">", "Hello Mei &lt;Chen&gt;,", "href=\"http://localhost:8080\"")
                .doesNotContain("<Chen>");
        assertThat(mail.text()).contains("Hello Mei <Chen>,", "Open MentorHub: http://localhost:8080")
                .doesNotContain("<p>");
    }

    @Test
    void shouldRenderTheWelcomeMailInChineseForAnyChineseLocale() {
        RenderedMail mail = mails.welcome(Locale.SIMPLIFIED_CHINESE, "梅");

        assertThat(mail.locale()).isEqualTo(Locale.CHINESE);
        assertThat(mail.subject()).isEqualTo("欢迎加入 MentorHub 导师汇，梅");
        assertThat(mail.html()).contains("<html lang=\"zh\">", "梅，您好：", "打开 MentorHub");
        assertThat(mail.text()).contains("梅，您好：", "您的个人资料已完善。");
    }

    @Test
    void shouldFallBackToEnglishForLanguagesWeDoNotShip() {
        assertThat(mails.welcome(Locale.GERMAN, "Jan").subject()).isEqualTo("Welcome to MentorHub, Jan");
    }
}
