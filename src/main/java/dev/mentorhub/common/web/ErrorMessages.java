package dev.mentorhub.common.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * How the error page words what went wrong, in the reader's language: the status line, and the refusals every
 * feature shares. A feature's own refusals are worded by its exceptions ({@link DomainException#text}) from its own
 * bundle. {@code {errors:...}}; Chinese in messages/errors_zh.properties.
 */
@MessageBundle("errors")
public interface ErrorMessages {

    @Message("Bad Request") String status_400();
    @Message("Forbidden") String status_403();
    @Message("Not Found") String status_404();
    @Message("Method Not Allowed") String status_405();
    @Message("Not Acceptable") String status_406();
    @Message("Conflict") String status_409();
    @Message("Gone") String status_410();
    @Message("Request Entity Too Large") String status_413();
    @Message("Unsupported Media Type") String status_415();
    @Message("Too Many Requests") String status_429();
    @Message("Internal Server Error") String status_500();
    @Message("Error") String status_other();

    @Message("Nothing here: the address is wrong or the item is not visible to you.") String not_found();
    @Message("No such program.") String no_such_program();
    @Message("No such organization.") String no_such_organization();
    @Message("No such cohort.") String no_such_cohort();
    @Message("No such invitation.") String no_such_invitation();
    @Message("No such member.") String no_such_member();
    @Message("No such admin.") String no_such_admin();
    @Message("You are not enrolled.") String no_such_enrolment();
    @Message("No such pending request.") String no_such_pending_request();
    @Message("No such event.") String no_such_event();
    @Message("This address does not accept that method.") String method_not_allowed();
    @Message("This address cannot answer in the requested format.") String not_acceptable();
    @Message("The request is too large.") String too_large();
    @Message("This address does not accept that content type.") String unsupported_type();
    @Message("The request could not be handled.") String not_handled();
    @Message("You may not do this.") String forbidden();
    @Message("The form could not be verified. Go back, reload the page and send it again.") String form_token();
    @Message("{count} field(s) need another look.") String invalid_input(int count);
    @Message("The form could not be read. Go back, reload the page and send it again.") String malformed_body();
    @Message("You have reached a limit.") String too_many();
    @Message("Something went wrong on our side. It has been logged.") String internal_error();
}
