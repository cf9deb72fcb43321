package dev.mentorhub.common.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** User-facing text of the page chrome, {@code {msg:nav_home}} in templates; Chinese in messages/msg_zh.properties. */
@MessageBundle("msg")
public interface AppMessages {

    @Message("MentorHub")
    String app_name();

    @Message("Find a mentor, and become one.")
    String app_tagline();

    @Message("Home")
    String nav_home();

    @Message("API")
    String nav_api();

    @Message("Directory")
    String nav_directory();

    @Message("My profile")
    String nav_profile();

    @Message("Sign in")
    String nav_sign_in();

    @Message("Register")
    String nav_register();

    @Message("Sign out")
    String nav_sign_out();

    @Message("Signed in as {name}")
    String nav_signed_in_as(String name);

    @Message("Language")
    String nav_language();

    @Message("Welcome back, {name}!")
    String home_welcome(String name);

    @Message("MentorHub pairs people who want to grow with people who have walked the road: mentors, mentees, and peers who teach each other.")
    String home_pitch();

    @Message("Get matched")
    String home_feature_match_title();

    @Message("An explainable score suggests mentors who teach what you want to learn, at times that suit you both.")
    String home_feature_match_text();

    @Message("Meet regularly")
    String home_feature_sessions_title();

    @Message("Schedule sessions that land in both calendars, with goals and notes that keep the mentorship on track.")
    String home_feature_sessions_text();

    @Message("Build your network")
    String home_feature_network_title();

    @Message("Meetups, paper-reading groups and networking rounds that pair people who have not met yet.")
    String home_feature_network_text();

    @Message("Sign in to get started")
    String home_cta();

    @Message("Member since {date}")
    String home_member_since(String date);

    @Message("Your roles: {roles}")
    String home_roles(String roles);

    @Message("Back to the home page")
    String error_back_home();
}
