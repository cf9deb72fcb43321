package dev.mentorhub.event;

import java.util.List;
import java.util.UUID;

/**
 * A recurring series: how it repeats ({@code repeats}: weekly, every-two-weeks, monthly; {@code rule} the RRULE),
 * active, ended or cancelled, and its upcoming occurrences the viewer may see. {@code feed} is the public calendar
 * address, for series open to all members (null for a program's).
 */
public record SeriesDto(UUID id, String repeats, String rule, String status, String timeZone, String feed,
        List<EventDto> upcoming) {
}
