package dev.mentorhub.member;

import java.util.Map;

/**
 * A feature that stores personal data about members. Its two halves are kept side by side on purpose: whatever
 * {@link #erase} removes when an account is deleted, {@link #export} shows in the member's data export first.
 * The profile's account deletion and data export call every implementation (CDI beans) without knowing their tables.
 */
public interface PersonalData {

    /**
     * This feature's sections of the data export, by name (e.g. {@code "requests"}, {@code "blocks"}): DTOs, never
     * entities. Runs in the export's transaction.
     */
    Map<String, Object> export(Member me);

    /**
     * The first phase of a deletion, before any feature erases anything: locks the rows that other transactions may
     * be changing for the member at this moment (a request being accepted, a mentorship being ended). Whatever they
     * write for the member (a notification, a mail) has then committed and is erased with the rest, and whatever
     * comes later waits and finds the request or mentorship closed. Most features have nothing to lock.
     */
    default void lock(DeletedMember deleted) {
    }

    /**
     * Erases or anonymises what this feature holds about the member, in the deletion's transaction. By then the
     * member row is anonymised and the profile gone, so anything this writes (mail or notifications to others)
     * names them only as "Deleted member". Implementations must not depend on each other's order.
     */
    void erase(DeletedMember deleted);
}
