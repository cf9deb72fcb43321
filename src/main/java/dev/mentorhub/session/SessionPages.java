package dev.mentorhub.session;

/** The session pages. */
public class SessionPages {

    /** Where a notification about the session leads. */
    static String link(MentoringSession session) {
        return "/sessions#session-" + session.id();
    }
}
