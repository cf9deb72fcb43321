package dev.mentorhub.mentorship;

import dev.mentorhub.member.DeletedMember;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.PersonalData;
import dev.mentorhub.notification.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A member's requests (sent and received, with their messages and the decline reasons they wrote) and mentorships,
 * for the data export and account deletion.
 */
@ApplicationScoped
class RequestPersonalData implements PersonalData {

    private final MatchRequestService service;
    private final MatchRequestRepository requests;
    private final MentorshipRepository mentorships;
    private final Outbox outbox;

    RequestPersonalData(MatchRequestService service, MatchRequestRepository requests,
            MentorshipRepository mentorships, Outbox outbox) {
        this.service = service;
        this.requests = requests;
        this.mentorships = mentorships;
        this.outbox = outbox;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Object> export(Member me) {
        List<RequestDto> sent = new ArrayList<>();
        List<RequestDto> received = new ArrayList<>();
        for (MatchRequest request : requests.listInvolving(me.id())) {
            (request.senderId().equals(me.id()) ? sent : received).add(service.toDto(request, me.id()));
        }
        return Map.of("requests", Map.of("sent", sent, "received", received),
                "mentorships", mentorships.listFor(me.id()).stream().map(service::toDto).toList());
    }

    /** Waits for accepts, declines and ends in flight, and keeps new ones waiting until the deletion commits. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(DeletedMember deleted) {
        requests.lockInvolving(deleted.id());
        mentorships.lockFor(deleted.id());
    }

    /**
     * Closes what the member left open through the ordinary steps, so the other side hears of it as always (in the
     * app and by mail, the member named "Deleted member", no reason given): their pending requests are withdrawn,
     * those to them declined, their active mentorships ended. Mail already queued or sent about any of these
     * requests and mentorships goes first, since it quotes the member's name and words. Then the text of every
     * request they were party to is erased; the rows stay, for the counts.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(DeletedMember deleted) {
        Member me = deleted.member();
        // Locked already (lock): this reads the same rows, current.
        List<MatchRequest> all = requests.lockInvolving(me.id());
        List<Mentorship> pairs = mentorships.lockFor(me.id());
        List<UUID> subjects = new ArrayList<>(all.stream().map(MatchRequest::id).toList());
        subjects.addAll(pairs.stream().map(Mentorship::id).toList());
        outbox.forgetAbout(subjects);
        for (MatchRequest request : all) {
            if (!request.isPending()) {
                continue;
            }
            if (request.senderId().equals(me.id())) {
                service.withdraw(me, request.id());
            } else {
                service.decline(me, request.id(), null);
            }
        }
        for (Mentorship mentorship : pairs) {
            if (mentorship.status() == MentorshipStatus.ACTIVE) {
                service.endOnDeletion(me, mentorship.id());
            }
        }
        all.forEach(MatchRequest::forgetText);
    }
}
