package dev.mentorhub.block;

import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.Problem;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.profile.Profile;
import dev.mentorhub.profile.ProfileRepository;
import dev.mentorhub.profile.ProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Blocking: a member blocks another so that the two are never suggested to each other, requests between them are
 * refused, and the blocked member leaves the blocker's directory. A block is the blocker's private fact: the blocked
 * member is never told, and everything they see looks like the blocker is simply not there (see docs/matching.md).
 */
@ApplicationScoped
public class BlockService {

    /** How two members stand, seen from the first. */
    public enum Between {
        NONE, I_BLOCKED, THEY_BLOCKED, BOTH
    }

    /** The outcome of a block: the row, and whether it is new (false when I had blocked them already). */
    public record Blocked(BlockDto block, boolean created) {
    }

    private final BlockRepository blocks;
    private final ProfileRepository profiles;
    private final MemberRepository members;
    private final ProfileService profileService;
    private final Event<BlockChanged> changes;
    private final Clock clock;

    BlockService(BlockRepository blocks, ProfileRepository profiles, MemberRepository members,
            ProfileService profileService, Event<BlockChanged> changes, Clock clock) {
        this.blocks = blocks;
        this.profiles = profiles;
        this.members = members;
        this.profileService = profileService;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Blocks a member (account not deleted) whose profile I can see, or who contacted me whatever their profile's
     * visibility: they sent me a request, or are or were my mentorship partner. Anyone else is a 404, as everywhere.
     * Pending requests between us are closed in the same transaction (BlockChanged). Idempotent.
     */
    @Transactional
    public Blocked block(Member me, UUID memberId) {
        if (memberId == null) {
            throw FieldErrors.of("memberId", FieldErrors.REQUIRED);
        }
        if (memberId.equals(me.id())) {
            throw new InvalidInputException(List.of(new Problem.FieldError("memberId", "cannot be yourself")));
        }
        Member them = members.findLive(memberId).orElseThrow(NotFoundException::new);
        if (!profileService.isVisibleTo(memberId, me) && !blocks.contacted(memberId, me.id())) {
            throw new NotFoundException();
        }
        String name = profiles.findByIdOptional(memberId).map(Profile::displayName).orElse(them.displayName());
        boolean created = blocks.insertIfAbsent(me.id(), memberId, clock.instant());
        if (created) {
            changes.fire(new BlockChanged(me.id(), memberId, true));
        }
        MemberBlock row = blocks.findById(new MemberBlock.Key(me.id(), memberId));
        return new Blocked(new BlockDto(memberId, name, row.createdAt()), created);
    }

    /** Lifts my block; nothing happens when there was none. The member may be hidden by now: that does not matter. */
    @Transactional
    public void unblock(Member me, UUID memberId) {
        if (blocks.remove(me.id(), memberId)) {
            changes.fire(new BlockChanged(me.id(), memberId, false));
        }
    }

    /** The members I blocked, most recent first. */
    @Transactional
    public List<BlockDto> list(Member me) {
        List<MemberBlock> mine = blocks.listBy(me.id());
        Map<UUID, String> names = namesOf(mine.stream().map(MemberBlock::blockedId).collect(Collectors.toSet()));
        return mine.stream().map(b -> new BlockDto(b.blockedId(), names.get(b.blockedId()), b.createdAt())).toList();
    }

    @Transactional
    public boolean blocks(UUID blockerId, UUID blockedId) {
        return blocks.blocks(blockerId, blockedId);
    }

    @Transactional
    public Between between(UUID me, UUID other) {
        boolean mine = blocks.blocks(me, other);
        boolean theirs = blocks.blocks(other, me);
        return mine && theirs ? Between.BOTH : mine ? Between.I_BLOCKED : theirs ? Between.THEY_BLOCKED : Between.NONE;
    }

    /** Account deletion: the blocks the member made and received go with them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID memberId) {
        blocks.removeAllOf(memberId);
    }

    private Map<UUID, String> namesOf(Set<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        members.list("id in ?1", ids).forEach(m -> names.put(m.id(), m.displayName()));
        profiles.list("memberId in ?1", ids).forEach(p -> names.put(p.memberId(), p.displayName()));
        return names;
    }
}
