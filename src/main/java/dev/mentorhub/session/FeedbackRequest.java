package dev.mentorhub.session;

import java.util.Map;

/** My feedback on a session: a rating 1-5, an optional comment (at most 2000), progress per agreed goal. */
public record FeedbackRequest(Integer rating, String comment, Map<String, String> goalProgress) {
}
