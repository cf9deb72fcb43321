package dev.mentorhub.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A paging parameter ({@code ?page=abc}, {@code ?size=99999999999}) that is not a whole number in the int range is
 * refused with a 400 naming it, on every list of the API and the pages alike, before any resource sees it (JAX-RS
 * would answer 404 for an unconvertible query parameter). Numbers out of range are clamped by {@link PageRequest}.
 */
class PagingParameters {

    @ServerRequestFilter(preMatching = true)
    void requireWholeNumbers(ContainerRequestContext request) {
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            if (PageRequest.PARAMETERS.contains(name)) {
                for (String value : values) {
                    if (!isInt(value)) {
                        throw new InvalidInputException(
                                List.of(new Problem.FieldError(name, "must be a whole number")));
                    }
                }
            }
        });
    }

    private static boolean isInt(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        try {
            Integer.parseInt(value.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
