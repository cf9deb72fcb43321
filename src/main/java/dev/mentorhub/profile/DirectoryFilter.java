package dev.mentorhub.profile;

/**
 * Directory filters as the client sends them (query parameters or the directory form); all optional.
 * Time-zone bounds are UTC offsets in hours, e.g. 5.5 for India.
 */
public record DirectoryFilter(String role, String skill, String stage, String language, Double utcOffsetMin,
        Double utcOffsetMax, Boolean hasCapacity, Integer page, Integer size) {

    public static final int DEFAULT_SIZE = 20;

    public static DirectoryFilter none() {
        return new DirectoryFilter(null, null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }
}
