package dev.mentorhub.matching;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the suggestions page: {@code {matching:...}}; Chinese in messages/matching_zh.properties. */
@MessageBundle("matching")
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

    // Reason sentences, written from the engine's structured reasons (ReasonText). The English ones say exactly what
    // the engine's own English sentences say (a test compares them).

    @Message("You named no skills to learn") String reason_skill_none_named();
    @Message("""
            Teaches {#if count == 0}none{#else}{count}{/if} of your {wanted} \
            {#if wanted == 1}learning goal{#else}learning goals{/if}{#if full}: {full}{/if}{#if partly}; partly: {partly}{/if}""")
    String reason_skill(int count, int wanted, String full, String partly);
    @Message("{name} ({level}/5)") String reason_skill_full(String name, int level);
    @Message("{name} ({level}/5, you want {target})") String reason_skill_below(String name, int level, int target);
    @Message("{name} via {via} ({level}/5)") String reason_skill_via(String name, String via, int level);
    @Message(", ") String reason_list_separator();
    @Message(" and ") String reason_last_separator();

    @Message("Same career stage as you") String reason_stage_same();
    @Message("{stage}, {gap} {#if gap == 1}stage{#else}stages{/if} {#if ahead}ahead of{#else}behind{/if} you")
    String reason_stage_gap(String stage, int gap, boolean ahead);
    @Message("{stage}, behind you in career stage") String reason_stage_behind(String stage);
    @Message("""
            {#switch stage}{#case 'student'}Student{#case 'early-career'}Early-career{#case 'mid-level'}Mid-level\
            {#case 'senior'}Senior{#case 'staff-principal'}Staff/principal{#case 'leader-manager'}Leader/manager\
            {#else}{stage}{/switch}""")
    String reason_stage_name(String stage);

    @Message("You named no goals") String reason_goals_none_named();
    @Message("""
            Helps with {#if shared == 0}none{#else}{shared}{/if} of your {total} {#if total == 1}goal{#else}goals{/if}\
            {#if list}: {list}{/if}""")
    String reason_goals(int shared, int total, String list);
    @Message("""
            Helps with {shared} of your {total} {#if total == 1}goal{#else}goals{/if}{#if list} ({list}){/if}; \
            same answer to {same} of {answers} program {#if answers == 1}question{#else}questions{/if}""")
    String reason_goals_and_answers(int shared, int total, String list, int same, int answers);
    @Message("""
            {#switch goal}{#case 'career-growth'}career growth{#case 'first-ml-job'}first ML job\
            {#case 'transition-into-ml'}transition into ML{#case 'interview-preparation'}interview preparation\
            {#case 'promotion'}promotion{#case 'research-paper-reading'}research paper reading\
            {#case 'production-deployment'}production deployment{#case 'leadership'}leadership\
            {#case 'public-speaking'}public speaking{#case 'networking'}networking{#else}{goal}{/switch}""")
    String reason_goal_name(String goal);

    @Message("No availability given") String reason_availability_none_given();
    @Message("No shared hours in a typical week") String reason_availability_none_shared();
    @Message("You overlap {hours} a week: {when} your time") String reason_availability(String hours, String when);
    @Message("{amount} h") String reason_hours(String amount);
    @Message("{days} {part}") String reason_time_part(String days, String part);
    @Message("""
            {#switch part}{#case 'morning'}morning{#case 'afternoon'}afternoon{#case 'evening'}evening{#else}night\
            {/switch}{#if plural}s{/if}""")
    String reason_part_of_day(String part, boolean plural);
    @Message("""
            {#switch day}{#case 'monday'}Mon{#case 'tuesday'}Tue{#case 'wednesday'}Wed{#case 'thursday'}Thu\
            {#case 'friday'}Fri{#case 'saturday'}Sat{#else}Sun{/switch}""")
    String reason_day(String day);

    @Message("No format preference given") String reason_format_none_given();
    @Message("Both open to {format}") String reason_format_remote(String format);
    @Message("Both in {city}: in person possible") String reason_format_same_city(String city);
    @Message("Both in {country}, different cities") String reason_format_same_country(String country);
    @Message("No format you both accept") String reason_format_none();

    @Message("Has {free} of {capacity} mentee places free") String reason_load(int free, int capacity);
}
