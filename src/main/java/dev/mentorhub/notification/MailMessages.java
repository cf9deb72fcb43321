package dev.mentorhub.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the emails, {@code {mail:...}} in templates/mail; Chinese in messages/mail_zh.properties. */
@MessageBundle("mail")
public interface MailMessages {

    @Message("MentorHub")
    String app_name();

    @Message("You receive this email because you have an account on MentorHub.")
    String footer();

    @Message("Welcome to MentorHub, {name}")
    String welcome_subject(String name);

    @Message("Hello {name},")
    String welcome_greeting(String name);

    @Message("your profile is complete. MentorHub now suggests people who fit what you want to learn and what you can teach, and explains why.")
    String welcome_body();

    @Message("Open MentorHub")
    String welcome_cta();

    @Message("You can change your profile, languages and visibility at any time.")
    String welcome_hint();
}
