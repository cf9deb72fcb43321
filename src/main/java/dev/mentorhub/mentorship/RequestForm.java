package dev.mentorhub.mentorship;

import dev.mentorhub.common.Slugged;
import dev.mentorhub.profile.GoalTag;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The "Request mentorship" form for one person (tag {@code requestForm}): whether it can be sent ({@code state}), the
 * kinds I may choose, what was typed and which fields were refused. States: {@code open} (the form), {@code pending}
 * (I already asked them), {@code paired} (we have an active mentorship), {@code no-profile} and {@code not-mentee}
 * (a hint what to add to my profile), {@code hidden} (myself, or someone who does not mentor).
 */
public record RequestForm(UUID recipientId, String state, List<String> kinds, String kind, String message,
        List<String> goals, Set<String> errorFields, boolean expanded, UUID programId) {

    public static final String OPEN = "open";
    public static final String PENDING = "pending";
    public static final String PAIRED = "paired";
    public static final String NO_PROFILE = "no-profile";
    public static final String NOT_MENTEE = "not-mentee";
    public static final String HIDDEN = "hidden";

    static RequestForm of(UUID recipientId, String state, List<String> kinds, String kind) {
        return new RequestForm(recipientId, state, kinds, kind, "", List.of(), Set.of(), false, null);
    }

    /** The same form showing what was typed and which fields were refused, unfolded. */
    RequestForm withInput(String kind, String message, List<String> goals, Set<String> errorFields) {
        String chosen = kinds.contains(kind) ? kind : this.kind;
        return new RequestForm(recipientId, state, kinds, chosen, message == null ? "" : message,
                goals == null ? List.of() : List.copyOf(goals), Set.copyOf(errorFields), true, programId);
    }

    RequestForm unfolded() {
        return new RequestForm(recipientId, state, kinds, kind, message, goals, errorFields, true, programId);
    }

    /** The same form sending the request in a program ({@code ?program=} on the page), or outside any. */
    RequestForm inProgram(UUID program) {
        return new RequestForm(recipientId, state, kinds, kind, message, goals, errorFields, expanded, program);
    }

    public List<String> goalOptions() {
        return Arrays.stream(GoalTag.values()).map(Slugged::slug).toList();
    }

    public boolean checked(String goal) {
        return goals.contains(goal);
    }

    public boolean hasError(String field) {
        return errorFields.contains(field);
    }

    public boolean hasErrors() {
        return !errorFields.isEmpty();
    }

    public int maxMessage() {
        return MatchRequestService.MAX_MESSAGE;
    }
}
