package dev.mentorhub.program.api;

/** A program role in a request body: mentee, mentor or both. */
public record RoleChange(String role) {
}
