package dev.mentorhub.testsupport;

import java.net.URL;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;

/** A headless browser (HtmlUnit, no JavaScript) that signs in through the real Keycloak login page. */
public final class Browser {

    private Browser() {
    }

    public static WebClient open() {
        WebClient browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setRedirectEnabled(true);
        return browser;
    }

    /** Fills in and submits the Keycloak login form; returns the page the browser lands on afterwards. */
    public static HtmlPage signIn(HtmlPage keycloakLogin, String username, String password) throws Exception {
        keycloakLogin.<HtmlInput>getHtmlElementById("username").setValue(username);
        keycloakLogin.<HtmlInput>getHtmlElementById("password").setValue(password);
        return keycloakLogin.getHtmlElementById("kc-login").click();
    }

    /** Opens {@code /login} on the app and signs in; the password of test users equals their name. */
    public static HtmlPage signIn(WebClient browser, URL root, String username) throws Exception {
        return signIn(browser.getPage(new URL(root, "/login")), username, username);
    }
}
