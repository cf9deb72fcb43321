package dev.mentorhub.block;

import java.util.UUID;

/** Body of {@code POST /api/v1/blocks}. */
public record BlockRequest(UUID memberId) {
}
