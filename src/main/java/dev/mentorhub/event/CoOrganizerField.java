package dev.mentorhub.event;

import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The co-organizers on the organizer's form: the current ones as boxes to keep or untick, and new ones added by
 * the email address they verified (member ids are not something people know). An address nobody verified is
 * refused as a field error, without telling whether someone has it unverified.
 */
@ApplicationScoped
class CoOrganizerField {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    private final MemberRepository members;

    CoOrganizerField(MemberRepository members) {
        this.members = members;
    }

    /** The kept ids and the members the typed addresses belong to, in that order, without repeats. */
    List<UUID> resolve(List<String> kept, String typed) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : kept) {
            parse(id).ifPresent(ids::add);
        }
        for (String email : SEPARATORS.split(typed.strip())) {
            if (email.isEmpty()) {
                continue;
            }
            Optional<Member> found = email.length() > 320 ? Optional.empty() : members.findLiveByEmail(email);
            if (found.isEmpty()) {
                throw FieldErrors.of("coOrganizers", "has an address no member has verified");
            }
            ids.add(found.get().id());
        }
        return new ArrayList<>(ids);
    }

    /** The kept ids as boxes with the members' names; ids that are not members are left out. */
    List<EventPages.Option> named(List<String> kept) {
        List<UUID> ids = kept.stream().map(CoOrganizerField::parse).flatMap(Optional::stream).distinct().toList();
        Map<UUID, String> names = members.displayNames(ids);
        return ids.stream().filter(names::containsKey)
                .map(id -> new EventPages.Option(id.toString(), names.get(id))).toList();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
