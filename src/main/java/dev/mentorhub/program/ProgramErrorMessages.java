package dev.mentorhub.program;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * How the program rules' refusals read on a page, in the reader's language: {@code {programErrors:...}}; Chinese in
 * messages/programErrors_zh.properties. The exceptions pick their line ({@code DomainException#text}).
 */
@MessageBundle("programErrors")
public interface ProgramErrorMessages {

    @Message("This program is by invitation only: use your invitation or the program's join link.") String invite_only();
    @Message("This program is for people with an @{domain} email address.") String email_domain(String domain);
    @Message("This program is for members of the group {group}.") String group(String group);
    @Message("Enrolment in this program is closed.") String enrolment_closed();
    @Message("This cohort is not taking enrolments.") String cohort_closed();
    @Message("This link does not work: it is unknown, or it was replaced by a new one. Ask the program's admins for a fresh link.")
    String unknown_link();
    @Message("Join the program first.") String not_member();
    @Message("An admin removed you from this program. To come back, ask the program's admins to invite you again.")
    String removed();
    @Message("This invitation has been used already. To join again, ask the program's admins for a new invitation.")
    String invitation_used();
    @Message("This invitation has expired. Ask the program's admins for a new one.") String invitation_expired();
    @Message("You can enrol in this program's cohorts only in your role in the program (a mentee as mentee, a mentor as mentor).")
    String cohort_role();
    @Message("This name is taken already; choose another.") String duplicate_name();
    @Message("The cohort cannot do this in its current state.") String cohort_state();
    @Message("The recipient was reminded recently; the next reminder can go out a day after the last.")
    String reminded_recently();
    @Message("The recipient cannot be reached by mail.") String cannot_remind();
    @Message("Someone else invited some of these addresses during the import; nothing was imported. Check the file again.")
    String import_raced();
}
