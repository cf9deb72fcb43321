package dev.mentorhub.mentorship;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.profile.ProfileDto;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The request form other features' pages show for a person: {@code {#requestForm form=inject:requestOffers.toProfile(profile) /}}.
 * What I may send is read once per page (my roles, whom I asked, whom I am paired with: three small queries), so a
 * page of suggestion cards costs no more than one profile.
 */
@Named("requestOffers")
@RequestScoped
public class RequestOffers {

    static final String MENTORING = "mentoring";
    static final String PEER = "peer";

    private final MatchRequestService service;
    private final CurrentMember currentMember;
    private SenderState me;

    private final HttpServerRequest page;

    RequestOffers(MatchRequestService service, CurrentMember currentMember, HttpServerRequest page) {
        this.service = service;
        this.page = page;
        this.currentMember = currentMember;
    }

    /**
     * On a profile page: mentoring if they mentor, and peer too if we are both mentor and mentee. Opened with
     * {@code ?program=<id>} (from a program's suggestions), the request is sent in that program.
     */
    public RequestForm toProfile(ProfileDto profile) {
        return offer(profile.id(), profile.roles().contains("mentor"), profile.roles().contains("mentee"), MENTORING)
                .unfolded().inProgram(programOfPage());
    }

    private UUID programOfPage() {
        String program = page.getParam("program");
        try {
            return program == null || program.isBlank() ? null : UUID.fromString(program.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /**
     * On a suggestion card in mode {@code as}: mentors for me (mentee) get a mentoring request, peers a peer one;
     * mentees suggested to a mentor get none (requests go from mentee to mentor).
     */
    public RequestForm toSuggestion(UUID candidateId, String as) {
        return switch (as) {
            case "mentee" -> offer(candidateId, true, false, MENTORING);
            case "peer" -> offer(candidateId, true, true, PEER);
            default -> RequestForm.of(candidateId, RequestForm.HIDDEN, List.of(), MENTORING);
        };
    }

    RequestForm offer(UUID theirId, boolean theyMentor, boolean theyMentee, String preferredKind) {
        SenderState s = state();
        if (theirId.equals(s.memberId()) || !theyMentor) {
            return RequestForm.of(theirId, RequestForm.HIDDEN, List.of(), MENTORING);
        }
        if (s.pairedWith().contains(theirId)) {
            return RequestForm.of(theirId, RequestForm.PAIRED, List.of(), MENTORING);
        }
        if (s.pendingTo().contains(theirId)) {
            return RequestForm.of(theirId, RequestForm.PENDING, List.of(), MENTORING);
        }
        if (!s.hasProfile()) {
            return RequestForm.of(theirId, RequestForm.NO_PROFILE, List.of(), MENTORING);
        }
        List<String> kinds = new ArrayList<>();
        if (s.mentee()) {
            kinds.add(MENTORING);
        }
        if (s.mentor() && s.mentee() && theyMentee) {
            kinds.add(PEER);
        }
        if (kinds.isEmpty()) {
            return RequestForm.of(theirId, RequestForm.NOT_MENTEE, List.of(), MENTORING);
        }
        return RequestForm.of(theirId, RequestForm.OPEN, List.copyOf(kinds),
                kinds.contains(preferredKind) ? preferredKind : kinds.get(0));
    }

    private SenderState state() {
        if (me == null) {
            me = service.senderState(currentMember.member());
        }
        return me;
    }
}
