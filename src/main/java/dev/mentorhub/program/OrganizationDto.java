package dev.mentorhub.program;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record OrganizationDto(UUID id, String name, Instant createdAt, List<Person> admins) {

    /** Someone named in an admin view. */
    public record Person(UUID id, String displayName) {
    }
}
