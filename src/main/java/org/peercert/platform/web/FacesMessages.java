package org.peercert.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Shows messages from i18n/messages.properties, next to a field or for the whole page. */
public final class FacesMessages {

    private static final String BUNDLE = "i18n.messages";

    private FacesMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
        keepOverRedirect();
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** @param clientId the field's client id (form:field); null for a page-level message */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A confirmation next to a field, such as an upload's. */
    public static void fieldInfo(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale());
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    private static void keepOverRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
