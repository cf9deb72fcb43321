package dev.mentorhub.event;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.RequestLocale;
import dev.mentorhub.event.discovery.EventRecommendations;
import dev.mentorhub.profile.ProfileDto;
import dev.mentorhub.profile.ProfileService;
import dev.mentorhub.program.ProgramAccess;
import dev.mentorhub.skill.SkillNode;
import dev.mentorhub.skill.SkillService;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the event pages share: an event with its times written in the reader's zone and language and its skills by
 * name, the skill options of the filters and the form, the recommendations, and the wording of refusals.
 */
@RequestScoped
class EventViews {

    private final EventService events;
    private final ProfileService profiles;
    private final SkillService skills;
    private final ProgramAccess programs;
    private final CurrentMember currentMember;
    private final RequestLocale locale;
    private final Clock clock;
    private Map<String, List<String>> names;

    EventViews(EventService events, ProfileService profiles, SkillService skills, ProgramAccess programs,
            CurrentMember currentMember, RequestLocale locale, Clock clock) {
        this.events = events;
        this.profiles = profiles;
        this.skills = skills;
        this.programs = programs;
        this.currentMember = currentMember;
        this.locale = locale;
        this.clock = clock;
    }

    /**
     * An event as a page shows it: {@code when} in the reader's zone; {@code local} the same time in the event's
     * zone when that differs ("19:00 Europe/Berlin"), else null; {@code over} once it has ended.
     */
    public record Item(EventDto event, String when, String local, String closes, List<String> skills,
            boolean over, boolean started) {

        public boolean full() {
            return event.seatsLeft() != null && event.seatsLeft() <= 0;
        }

        public boolean going() {
            return event.myRsvp() != null && "going".equals(event.myRsvp().status());
        }

        public boolean waiting() {
            return event.myRsvp() != null && "waitlisted".equals(event.myRsvp().status());
        }

        public boolean cancelled() {
            return "cancelled".equals(event.status());
        }

        public boolean draft() {
            return "draft".equals(event.status());
        }
    }

    ZoneId zone() {
        return profiles.zoneOf(currentMember.member().id());
    }

    Item item(EventDto e) {
        ZoneId mine = zone();
        ZoneId theirs = ZoneId.of(e.timeZone());
        ZonedDateTime start = e.start().atZone(mine);
        String when = day().format(start) + " " + TIME.format(start) + "–" + TIME.format(e.end().atZone(mine));
        String local = theirs.getRules().getOffset(e.start()).equals(mine.getRules().getOffset(e.start())) ? null
                : TIME.format(e.start().atZone(theirs)) + " " + theirs.getId();
        Instant now = clock.instant();
        String closes = e.rsvpDeadline() == null || !e.rsvpDeadline().isBefore(e.start()) ? null
                : day().format(e.rsvpDeadline().atZone(mine)) + " " + TIME.format(e.rsvpDeadline().atZone(mine));
        return new Item(e, when, local, closes, e.skills().stream().map(this::skillName).toList(), !now.isBefore(e.end()),
                !now.isBefore(e.start()));
    }

    /** Skills as filter and form options: slug and name in the reader's language, by name. */
    List<EventPages.Option> skillOptions() {
        return names().entrySet().stream().map(e -> new EventPages.Option(e.getKey(), e.getValue().get(0)))
                .sorted(Comparator.comparing(EventPages.Option::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The best upcoming events for the reader that they have not answered yet, each with its reason. */
    List<EventRecommendations.Pick<EventDto>> recommended(Caller caller, int limit) {
        if (!profiles.hasProfile(currentMember.member())) {
            return List.of();
        }
        ProfileDto me = profiles.mine(currentMember.member());
        EventRecommendations.Interests interests = new EventRecommendations.Interests(
                me.learnSkills().stream().map(ProfileDto.SkillEntry::skill).toList(),
                me.teachSkills().stream().map(ProfileDto.SkillEntry::skill).toList(), me.goalsText());
        if (interests.isEmpty()) {
            return List.of();
        }
        List<EventDto> upcoming = events.list(caller, EventSearch.Filter.upcoming(), PageRequest.of(0, 50, 50))
                .items().stream()
                .filter(e -> e.myRsvp() == null && "published".equals(e.status()) && !e.canManage()).toList();
        return EventRecommendations.rank(upcoming, EventDto::skills, interests, names(), limit);
    }

    boolean mayCreate(Caller caller) {
        return caller.organizer() || caller.platformAdmin() || programs.isAnyAdmin(caller);
    }

    String refusal(String type) {
        return Bundles.of(EventMessages.class, locale.locale()).refused(type);
    }

    EventMessages messages() {
        return Bundles.of(EventMessages.class, locale.locale());
    }

    private String skillName(String slug) {
        return names().getOrDefault(slug, List.of(slug)).get(0);
    }

    /** Each skill's names, the reader's language first (the recommendations search goals for both). */
    private Map<String, List<String>> names() {
        if (names == null) {
            boolean zh = chinese();
            Map<String, List<String>> all = new LinkedHashMap<>();
            List<SkillNode> open = new ArrayList<>(skills.tree(false));
            while (!open.isEmpty()) {
                SkillNode node = open.remove(0);
                String zhName = node.nameZh() == null || node.nameZh().isBlank() ? node.nameEn() : node.nameZh();
                all.put(node.slug(), zh ? List.of(zhName, node.nameEn()) : List.of(node.nameEn(), zhName));
                open.addAll(node.children());
            }
            names = all;
        }
        return names;
    }

    private boolean chinese() {
        return "zh".equals(locale.locale().getLanguage());
    }

    private DateTimeFormatter day() {
        return chinese() ? DateTimeFormatter.ofPattern("yyyy年M月d日 EEE", Locale.CHINESE)
                : DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
}
