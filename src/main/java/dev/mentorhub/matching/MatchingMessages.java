package dev.mentorhub.matching;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the suggestions page: {@code {mm:...}}; Chinese in messages/mm_zh.properties. */
@MessageBundle("mm")
public interface MatchingMessages {

    @Message("Suggested for you") String title();

    @Message("{#switch mode}{#case 'mentee'}Mentors for me{#case 'mentor'}Mentees for me{#case 'peer'}Peers{#else}{mode}{/switch}")
    String tab(String mode);

    @Message("Match {score} / 100") String score(double score);
    @Message("Full breakdown") String breakdown();
    @Message("Factor") String factor();
    @Message("Points") String points();
    @Message("Why") String why();
    @Message("What they can teach you") String they_teach_you();
    @Message("What you can teach them") String you_teach_them();

    @Message("""
            {#switch factor}{#case 'skill'}Skills{#case 'stage'}Career stage{#case 'goals'}Goals\
            {#case 'availability'}Availability{#case 'format-location'}Format and location{#case 'load'}Free places\
            {#else}{factor}{/switch}""")
    String factor_name(String factor);

    @Message("Reasons are in English for now.") String english_reasons();
    @Message("You have no profile yet. Add the skills you teach or want to learn, and suggestions will appear here.")
    String empty_no_profile();

    @Message("""
            {#switch mode}{#case 'mentee'}Your profile does not say you are looking for a mentor. Add the mentee role and \
            the skills you want to learn.{#case 'mentor'}Your profile does not say you mentor others. Add the mentor role \
            and the skills you teach.{#else}Peer exchange needs both roles: add mentor and mentee to your profile, with \
            skills you teach and skills you want to learn.{/switch}""")
    String empty_role_missing(String mode);

    @Message("No suggestions yet. Add more skills, languages, and when you are available to your profile, and check back soon.")
    String empty_none();

    @Message("Edit my profile") String edit_profile();
}
